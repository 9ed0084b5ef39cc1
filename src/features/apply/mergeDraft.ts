// What a tab does with a draft row written by another tab: answers only the other tab changed are taken;
// an answer both tabs changed differently is a clash, shown to the person and never overwritten.
import type { Answers } from '../../domain/catalog/formSchema';

export interface Conflict {
  field: string;
  mine: unknown;
  theirs: unknown;
}

/** Two answers are the same when equal, an empty answer counting as not given. */
export const same = (a: unknown, b: unknown) => (a ?? '') === (b ?? '');

/**
 * `base` is what both tabs last agreed on, `written` what this tab itself last wrote (its own echo is not
 * the other tab's change), `mine` what this tab shows now, `theirs` the row that arrived.
 */
export function mergeDraft(base: Answers, written: Answers, mine: Answers, theirs: Answers) {
  const taken: string[] = [];
  const clashes: Conflict[] = [];
  for (const field of new Set([...Object.keys(base), ...Object.keys(theirs)])) {
    if (same(theirs[field], base[field]) || same(theirs[field], written[field])) continue;
    if (same(mine[field], base[field]) || same(mine[field], theirs[field])) taken.push(field);
    else clashes.push({ field, mine: mine[field], theirs: theirs[field] });
  }
  return { taken, clashes };
}

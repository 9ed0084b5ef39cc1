// The same draft open in two tabs: answers changed in the other tab arrive here live; where both tabs
// changed the same answer differently, the conflict is shown and nothing is overwritten silently.
import { createEffect, createSignal, on } from 'solid-js';
import { createLiveQuery } from '../../client/createLiveQuery';
import { readDraft } from '../../client/repos/draftsRepo';
import type { Answers } from '../../domain/catalog/formSchema';
import type { Form } from '../../ui/form/createForm';
import { mergeDraft, same, type Conflict } from './mergeDraft';

export type { Conflict };

/** `save` writes this tab's answers as they are: keeping one's own answer in a clash must reach the other tab. */
export function createDraftSync(draftId: string, initial: Answers, form: Form, save: () => void) {
  const stored = createLiveQuery(() => readDraft(draftId));
  /** The answers both tabs last agreed on. */
  let base: Answers = { ...initial };
  /** What this tab itself last wrote, so its own echo is not taken for the other tab's change. */
  let written: Answers = { ...initial };
  const [conflicts, setConflicts] = createSignal<Conflict[]>([]);
  const [updated, setUpdated] = createSignal<string[]>([]);

  createEffect(
    on(
      () => stored.value(),
      (row) => {
        if (!row) return;
        const theirs = row.answers as Answers;
        const { taken, clashes } = mergeDraft(base, written, form.values as Answers, theirs);
        for (const field of taken) if (!same(form.values[field], theirs[field])) form.set(field, (theirs[field] ?? '') as string | boolean);
        base = { ...theirs };
        if (taken.length) setUpdated(taken);
        if (clashes.length) setConflicts((old) => [...old.filter((c) => !clashes.some((n) => n.field === c.field)), ...clashes]);
      },
      { defer: true },
    ),
  );

  return {
    /** The row as stored, once read (its other fields go along with a write-ahead copy of the answers). */
    row: () => stored.value(),
    /** The draft is known to be gone (sent, or deleted here or in another tab): nothing may recreate it. */
    gone: () => !stored.loading() && !stored.value(),
    conflicts,
    updated,
    /** Call with the answers this tab writes, before writing them. */
    wrote(answers: Answers) {
      written = { ...answers };
    },
    takeTheirs(conflict: Conflict) {
      form.set(conflict.field, (conflict.theirs ?? '') as string | boolean);
      setConflicts((all) => all.filter((c) => c !== conflict));
    },
    keepMine(conflict: Conflict) {
      setConflicts((all) => all.filter((c) => c !== conflict));
      save();
    },
  };
}

// Keyword search over a citizen's own appeals, best match first: subject words weigh most, then the
// number and related number, then the description. Shares the catalog's normalising and one-typo rule,
// and adds a light Russian stemmer so «справку», «справки» and «справка» find each other.
import { normalize, withinOneEdit } from '../catalog/search';
import type { AppealView } from './view';

const ENDINGS = [
  'иями',
  'ями',
  'ами',
  'ого',
  'его',
  'ому',
  'ему',
  'ыми',
  'ими',
  'ией',
  'ать',
  'ять',
  'ить',
  'ешь',
  'ией',
  'ия',
  'ие',
  'ий',
  'ый',
  'ой',
  'ая',
  'яя',
  'ое',
  'ее',
  'ые',
  'ие',
  'ую',
  'юю',
  'ам',
  'ям',
  'ах',
  'ях',
  'ов',
  'ев',
  'ей',
  'ом',
  'ем',
  'ью',
  'а',
  'я',
  'о',
  'е',
  'и',
  'ы',
  'у',
  'ю',
  'ь',
  's',
];
const STEM_MIN = 4;

/** The word without its ending, when enough of it stays to mean something. */
export function stem(word: string): string {
  for (const ending of ENDINGS) if (word.endsWith(ending) && word.length - ending.length >= STEM_MIN) return word.slice(0, -ending.length);
  return word;
}

interface Indexed {
  appeal: AppealView;
  subject: string[];
  body: string[];
  numbers: string[];
}

const words = (text: string) => (text ? normalize(text).split(' ').filter(Boolean) : []);

export function indexAppeals(appeals: readonly AppealView[]): Indexed[] {
  return appeals.map((appeal) => ({
    appeal,
    subject: words(appeal.subject),
    body: [...new Set(words(appeal.description))],
    numbers: [appeal.number, ...(appeal.relatedNumber ? words(appeal.relatedNumber) : [])],
  }));
}

function fit(query: string, word: string): number {
  if (word === query) return 1;
  if (query.length >= 2 && word.startsWith(query)) return 0.8;
  if (query.length < STEM_MIN) return 0;
  const [q, w] = [stem(query), stem(word)];
  if (q === w) return 0.9;
  if (withinOneEdit(query, word) || withinOneEdit(q, w)) return 0.5;
  return 0;
}

/**
 * How well a query word fits the best word of a list. A citizen's appeals repeat the same words, so each
 * distinct word is judged once per query word (`seen`): 5,000 appeals cost a few thousand judgements.
 */
function best(query: string, list: readonly string[], seen: Map<string, number>): number {
  let top = 0;
  for (const word of list) {
    let value = seen.get(word);
    if (value === undefined) seen.set(word, (value = fit(query, word)));
    if (value > top) top = value;
  }
  return top;
}
/** Numbers are matched exactly or by their start: a typo in a number is another number. */
const numberFit = (query: string, list: readonly string[]) =>
  list.some((n) => n === query) ? 1 : list.some((n) => query.length >= 3 && n.startsWith(query)) ? 0.8 : 0;

/** Appeals where every query word fits somewhere, best first; ties keep the newest first. */
export function searchAppeals(index: readonly Indexed[], query: string): AppealView[] {
  const terms = words(query);
  if (!terms.length) return index.map((entry) => entry.appeal);
  const scored: { appeal: AppealView; score: number }[] = [];
  const seen = terms.map(() => new Map<string, number>());
  for (const entry of index) {
    let score = 0;
    for (const [i, term] of terms.entries()) {
      const value = Math.max(best(term, entry.subject, seen[i]!) * 3, numberFit(term, entry.numbers) * 4, best(term, entry.body, seen[i]!));
      if (value === 0) {
        score = 0;
        break;
      }
      score += value;
    }
    if (score > 0) scored.push({ appeal: entry.appeal, score });
  }
  return scored.sort((a, b) => b.score - a.score || b.appeal.updatedAt - a.appeal.updatedAt).map((s) => s.appeal);
}

export interface AppealFilter {
  q?: string;
  status?: AppealView['status'];
  type?: AppealView['type'];
  /** Archived appeals (five years after they finished) are listed only when asked for. */
  archive?: boolean;
}

/**
 * «Мои обращения» as filtered: search ranking first, then status, type and the archive switch. The index
 * is asked for only when there are words to search: the plain list (newest first) needs none, so the
 * first rows of 5,000 appeals do not wait for it.
 */
export function listAppeals(appeals: readonly AppealView[], index: () => readonly Indexed[], filter: AppealFilter): AppealView[] {
  const found = words(filter.q ?? '').length ? searchAppeals(index(), filter.q ?? '') : appeals;
  return found.filter(
    (a) =>
      (!filter.status || a.status === filter.status) && (!filter.type || a.type === filter.type) && (filter.archive || a.archivedAt === undefined),
  );
}

/** Eight digits typed alone: the number of an appeal to open directly. */
export const APPEAL_NUMBER = /^\s*(\d{8})\s*$/;

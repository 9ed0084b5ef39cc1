// Keyword search over a citizen's own appeals, best match first: subject words weigh most, then the
// number and related number, then the description. Shares the catalog's normalising and one-typo rule,
// and adds a light Russian stemmer so «справку», «справки» and «справка» find each other.
import { normalize, withinOneEdit } from '../catalog/search';
import type { AppealView } from './view';

const ENDINGS = ['иями', 'ями', 'ами', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ией', 'ать', 'ять', 'ить', 'ешь', 'ией', 'ия', 'ие', 'ий', 'ый', 'ой', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ую', 'юю', 'ам', 'ям', 'ах', 'ях', 'ов', 'ев', 'ей', 'ом', 'ем', 'ью', 'а', 'я', 'о', 'е', 'и', 'ы', 'у', 'ю', 'ь', 's'];
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

const best = (query: string, list: readonly string[]) => list.reduce((top, word) => Math.max(top, fit(query, word)), 0);
/** Numbers are matched exactly or by their start: a typo in a number is another number. */
const numberFit = (query: string, list: readonly string[]) => (list.some((n) => n === query) ? 1 : list.some((n) => query.length >= 3 && n.startsWith(query)) ? 0.8 : 0);

/** Appeals where every query word fits somewhere, best first; ties keep the newest first. */
export function searchAppeals(index: readonly Indexed[], query: string): AppealView[] {
  const terms = words(query);
  if (!terms.length) return index.map((entry) => entry.appeal);
  const scored: { appeal: AppealView; score: number }[] = [];
  for (const entry of index) {
    let score = 0;
    for (const term of terms) {
      const value = Math.max(best(term, entry.subject) * 3, numberFit(term, entry.numbers) * 4, best(term, entry.body));
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

/** Eight digits typed alone: the number of an appeal to open directly. */
export const APPEAL_NUMBER = /^\s*(\d{8})\s*$/;

// Instant catalog search: title words count most, then keywords, then the description; every query word
// must match somewhere; one typo is forgiven in longer words; е and ё are the same letter; words in
// the title's own order rank higher; a registry code finds its service first.
import type { Service } from './serviceSchema';

type Lang = 'ru' | 'en';

export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replaceAll('ё', 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const words = (text: string) => (text === '' ? [] : normalize(text).split(' ').filter(Boolean));

/** True when a and b differ by at most one insertion, deletion, substitution or swap of neighbours. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const TYPO_MIN_LENGTH = 4;

/** How well one query word fits one text word: 1 exact, 0.8 prefix, 0.5 one typo (also as a prefix). */
function fit(query: string, word: string): number {
  if (word === query) return 1;
  if (query.length >= 2 && word.startsWith(query)) return 0.8;
  if (query.length < TYPO_MIN_LENGTH) return 0;
  if (withinOneEdit(query, word)) return 0.5;
  // A typo inside a word still being typed: «справо» → «справок»
  if (word.length > query.length && withinOneEdit(query, word.slice(0, query.length))) return 0.4;
  return 0;
}

interface Indexed {
  service: Service;
  title: string[];
  titleText: string;
  keywords: string[];
  body: string[];
}

export interface SearchIndex {
  lang: Lang;
  entries: Indexed[];
}

export function buildIndex(services: readonly Service[], lang: Lang): SearchIndex {
  return {
    lang,
    entries: services.map((service) => ({
      service,
      title: words(service.title[lang]),
      titleText: normalize(service.title[lang]),
      keywords: (service.keywords ?? []).flatMap(words),
      body: [
        ...words(service.summary[lang]),
        ...words(service.description[lang]),
        ...(service.variants ?? []).flatMap((variant) => words(variant.title[lang])),
      ],
    })),
  };
}

// An exact keyword (9) outranks a title word that only starts with the query (10 × 0.8).
const WEIGHT = { title: 10, keywords: 9, body: 3 } as const;

function best(query: string, list: string[]): { score: number; at: number } {
  let score = 0;
  let at = -1;
  list.forEach((word, index) => {
    const value = fit(query, word);
    if (value > score) [score, at] = [value, index];
  });
  return { score, at };
}

function scoreEntry(entry: Indexed, query: string[], phrase: string): number {
  const code = entry.service.code;
  if (query.length === 1 && /^\d{4,}$/.test(query[0]!)) return code === query[0] ? 1000 : code.startsWith(query[0]!) ? 500 : 0;
  let total = 0;
  const titlePositions: number[] = [];
  for (const word of query) {
    const inTitle = best(word, entry.title);
    const score = Math.max(
      inTitle.score * WEIGHT.title,
      best(word, entry.keywords).score * WEIGHT.keywords,
      best(word, entry.body).score * WEIGHT.body,
    );
    if (score === 0) return 0;
    total += score;
    if (inTitle.score > 0) titlePositions.push(inTitle.at);
  }
  // Word order: each neighbouring pair of query words found in the title in the same order.
  for (let i = 1; i < titlePositions.length; i++) if (titlePositions[i]! > titlePositions[i - 1]!) total += 4;
  // The whole query as whole words of the title («месте жительства»), not inside a longer word.
  if (phrase.length > 2 && ` ${entry.titleText} `.includes(` ${phrase} `)) total += 10;
  if (entry.titleText.startsWith(phrase)) total += 5;
  return total;
}

/** Services matching every word of the query, best first; an empty query lists all in catalog order. */
export function search(index: SearchIndex, query: string): Service[] {
  const phrase = normalize(query);
  const queryWords = words(query);
  if (queryWords.length === 0) return index.entries.map((entry) => entry.service);
  return index.entries
    .map((entry, order) => ({ entry, order, score: scoreEntry(entry, queryWords, phrase) }))
    .filter((hit) => hit.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map((hit) => hit.entry.service);
}

// Every error code the mock server throws has a sentence in both languages: a new code without one
// would reach the user as «Неизвестная ошибка». Codes are read from the server's source, so the list
// cannot drift from what is thrown.
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { ru as shellRu } from './ru';
import { LAZY_RU } from './lazyParts';
import type { Dictionary } from './ru';
import { SAME_AS } from '../ui/errorText';

const sources = import.meta.glob(['../server/**/*.ts', '!../server/**/*.test.ts'], { query: '?raw', import: 'default', eager: true }) as Record<
  string,
  string
>;

/** Codes written literally in `new ApiError(status, 'code', …)`. */
function thrownCodes(): Set<string> {
  const codes = new Set<string>();
  for (const text of Object.values(sources)) for (const match of text.matchAll(/new ApiError\(\s*\d+,\s*'([a-z0-9_]+)'/g)) codes.add(match[1]!);
  return codes;
}

/** Only the test harness calls the world-building endpoints; nobody reads their refusals. */
const HARNESS_ONLY = new Set(['worlds_unavailable', 'world_failed', 'unknown_world']);

/** Where a code's sentence may live: the common errors (or the code it is SAME_AS), and the pages that word their own. */
function texts(d: Dictionary): Set<string> {
  const own = [d.errors, d.fieldErrors, d.pay.errors, d.operator.errors, d.receipts.refusals, d.offices.refusals];
  return new Set([...own.flatMap((group) => Object.keys(group)), ...Object.keys(SAME_AS).filter((code) => SAME_AS[code]! in d.errors)]);
}

describe('error codes', () => {
  it('the server throws have a text in Russian and in English', async () => {
    const codes = thrownCodes();
    expect(codes.size).toBeGreaterThan(40);
    for (const [name, dictionary] of [
      ['ru', Object.assign({}, shellRu, ...(await Promise.all(Object.values(LAZY_RU).map((load) => load()))))],
      ['en', en],
    ] as const) {
      const known = texts(dictionary as Dictionary);
      expect(
        [...codes].filter((code) => !known.has(code) && !HARNESS_ONLY.has(code)),
        name,
      ).toEqual([]);
    }
  });
});

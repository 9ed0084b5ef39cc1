// Address (search) parameters of the routes, checked by a few small functions instead of valibot.
// Why: the route table is in the first bundle, and valibot there cost ~6 KB gzip of the 60 KB the first
// route may load (issue 15). The rule is valibot's `fallback(optional(x), undefined)` everywhere: a
// parameter that is missing or malformed (a hand-edited or outdated link) is simply left out, never an
// error page. Unknown parameters are dropped.

/** Checks one parameter: its value, or undefined when it is missing or malformed. */
export type Param<T> = (value: unknown) => T | undefined;

/**
 * A string of at most `max` characters, matching `pattern` if one is given. The router reads digits that
 * are a number's exact text (`?q=2024`) as that number: it is taken back as its text.
 */
export const text =
  (max: number, pattern?: RegExp): Param<string> =>
  (given) => {
    const value = typeof given === 'number' && Number.isFinite(given) ? String(given) : given;
    return typeof value === 'string' && value.length <= max && (!pattern || pattern.test(value)) ? value : undefined;
  };

/** One of the listed strings. */
export const oneOf =
  <const T extends readonly string[]>(options: T): Param<T[number]> =>
  (value) =>
    (options as readonly unknown[]).includes(value) ? (value as T[number]) : undefined;

/** A flag that is on or absent (`?archive=true`: the router parses it as a boolean). */
export const on: Param<true> = (value) => (value === true ? true : undefined);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date written YYYY-MM-DD (a month 01–12, a day 01–31), as date inputs give it. */
export const isoDate: Param<string> = (value) => {
  const parts = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (!parts) return undefined;
  const month = Number(parts[2]);
  const day = Number(parts[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? (value as string) : undefined;
};

/** A UUID as crypto.randomUUID() makes it (any version), letters in either case. */
export const uuid = text(36, /^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/i);

/**
 * A number from `min` to `max` (whole if `whole`): the router parses `?min=100` as a number, a
 * hand-typed address may still carry it as a string.
 */
export const number =
  (min: number, max: number, whole = false): Param<number> =>
  (value) => {
    const parsed = typeof value === 'number' ? value : typeof value === 'string' && /^-?\d{1,9}(\.\d+)?$/.test(value) ? Number(value) : NaN;
    return Number.isFinite(parsed) && parsed >= min && parsed <= max && (!whole || Number.isInteger(parsed)) ? parsed : undefined;
  };

/** A list of at most `max` items, each checked by `item`; one malformed item drops the whole list. */
export const listOf =
  <T>(item: Param<T>, max: number): Param<T[]> =>
  (value) => {
    if (!Array.isArray(value) || value.length > max) return undefined;
    const items = value.map(item);
    return items.every((x) => x !== undefined) ? (items as T[]) : undefined;
  };

export type SearchOf<P extends Record<string, Param<unknown>>> = { [K in keyof P]?: P[K] extends Param<infer T> ? T : never };

/**
 * The route's validateSearch: each known parameter checked, the rest dropped. A malformed one is set to
 * undefined, not left out: the router spreads the checked search over the raw one, so a missing key
 * would let the raw value (say ?kind=1) through to the page.
 */
export function searchParams<P extends Record<string, Param<unknown>>>(params: P): (search: Record<string, unknown>) => SearchOf<P> {
  return (search) => {
    const out: Record<string, unknown> = {};
    for (const [key, check] of Object.entries(params)) out[key] = check(search[key]);
    return out as SearchOf<P>;
  };
}

/**
 * How the router reads one address parameter: lists, objects and quoted strings as JSON, anything else as
 * its query decoder left it (a number's exact text as that number, true and false as flags). TanStack's
 * default JSON-reads every number-like text, and so writes it quoted (`?uin=%2218810…%22`) to keep it a
 * string; here it stays plain, and `text` takes a number back as its text.
 */
export const parseSearchValue = (value: string): unknown => {
  // true and false only reach here from the writer: it quotes the words, or they would read as flags.
  if (value === 'true' || value === 'false' || /^["[{]/.test(value)) return JSON.parse(value);
  throw new SyntaxError('plain text');
};

// The current language and its dictionary. Russian by default; the choice is a device preference kept
// in localStorage so the very first paint is already in the right language. English loads on demand
// (its chunk is precached, so switching works offline).
import { createSignal } from 'solid-js';
import { LAZY_RU, type LazyPart, type LazyTextName } from './lazyParts';
import { ru, type Dictionary, type ShellDictionary } from './ru';

export type Locale = 'ru' | 'en';
const STORAGE_KEY = 'okno.locale';
// Russian starts with the shell's texts; pages with many texts of their own add theirs (loadTexts).
const dictionaries: Partial<Record<Locale, Dictionary>> = { ru: { ...ru } as Dictionary };

/**
 * Loads the Russian texts of some groups (English has every text in its own chunk already) and returns
 * the accessor through which they are read: t()'s texts plus exactly these groups, in the current
 * language. Called once per group, at the top level of ./lazy/<group>.ts, so the modules that read the
 * texts wait for them before anything renders: no raw keys, no flash of another language.
 */
export async function loadTexts<N extends LazyTextName>(...names: N[]): Promise<() => Texts<N>> {
  const russian = dictionaries.ru as Record<string, unknown>;
  await Promise.all(names.map(async (name) => Object.assign(russian, await LAZY_RU[name]())));
  return t as unknown as () => Texts<N>;
}
type KeysOf<U> = U extends unknown ? keyof U : never;
export type Texts<N extends LazyTextName> = ShellDictionary & Pick<Dictionary, KeysOf<LazyPart<N>> & keyof Dictionary>;

/** Makes a language's dictionary available; call before switching to it. */
export async function loadLocale(next: Locale): Promise<void> {
  if (next === 'en') dictionaries.en ??= (await import('./en')).en;
}

function initialLocale(): Locale {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    return saved === 'en' ? 'en' : 'ru';
  } catch {
    return 'ru';
  }
}

const [locale, setLocaleSignal] = createSignal<Locale>(initialLocale());
export { locale };

/** The shell's texts in the current language; a page's own come from its accessor (./lazy/<group>.ts). */
export const t = (): ShellDictionary => dictionaries[locale()] ?? dictionaries.ru!;

export async function setLocale(next: Locale): Promise<void> {
  // The choice is kept first: a reload while the dictionary still loads opens in the chosen language.
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // Private mode without storage: the choice lasts for this page only.
  }
  await loadLocale(next);
  setLocaleSignal(next);
  document.documentElement.lang = next;
}

/** Fills {name} placeholders. Values are inserted as text, never as markup. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/**
 * One formatter per language, made on first use: making an Intl formatter costs far more than using it,
 * and «Мои заявления» formats a date for every row it draws.
 */
function perLocale<T>(make: (tag: string) => T): () => T {
  const made = new Map<string, T>();
  return () => {
    const tag = locale() === 'ru' ? 'ru-RU' : 'en-GB';
    let formatter = made.get(tag);
    if (!formatter) made.set(tag, (formatter = make(tag)));
    return formatter;
  };
}

const dateTimeFormat = perLocale((tag) => new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Moscow' }));
const numberFormat = perLocale((tag) => new Intl.NumberFormat(tag));
const sizeFormat = perLocale((tag) => new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }));

export function formatDateTime(ms: number): string {
  return dateTimeFormat().format(ms);
}

/** A whole number with the locale's digit grouping (12 000, 12,000). */
export function formatNumber(value: number): string {
  return numberFormat().format(value);
}

export function formatBytes(bytes: number): string {
  const units = t().units;
  const number = (value: number) => sizeFormat().format(value);
  if (bytes < 1024) return `${number(bytes)} ${units.bytes}`;
  if (bytes < 1024 ** 2) return `${number(bytes / 1024)} ${units.kb}`;
  if (bytes < 1024 ** 3) return `${number(bytes / 1024 ** 2)} ${units.mb}`;
  return `${number(bytes / 1024 ** 3)} ${units.gb}`;
}

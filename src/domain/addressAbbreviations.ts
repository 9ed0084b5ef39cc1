// Russian address abbreviations spelled out («ул.» → «улица»), since the profile stores addresses
// without them. It must never touch letters inside words («Дмитров») or a person's initials.

type DotRule =
  /** 'ул.' and 'ул' both count. */
  | 'optional'
  /** Only with the dot: a bare 'г' or 'с' is too often something else. */
  | 'required'
  /** With the dot, or bare when a number follows: 'д 7', 'к 2'. */
  | 'digit';

// Compound forms ('г.о.') first by length; the dot inside them may be followed by a space.
const ENTRIES: readonly [abbr: string, full: string, dot: DotRule][] = [
  ['ул', 'улица', 'optional'],
  ['д', 'дом', 'digit'], // «деревня» when a name follows, see below
  ['дер', 'деревня', 'optional'],
  ['кв', 'квартира', 'optional'],
  ['пр-т', 'проспект', 'optional'],
  ['пр-кт', 'проспект', 'optional'],
  ['просп', 'проспект', 'optional'],
  ['пер', 'переулок', 'optional'],
  ['г', 'город', 'required'],
  ['г.о', 'городской округ', 'optional'],
  ['обл', 'область', 'optional'],
  ['р-н', 'район', 'optional'],
  ['корп', 'корпус', 'optional'],
  ['к', 'корпус', 'digit'],
  ['стр', 'строение', 'optional'],
  ['наб', 'набережная', 'optional'],
  ['ш', 'шоссе', 'required'],
  ['пл', 'площадь', 'optional'],
  ['б-р', 'бульвар', 'optional'],
  ['бул', 'бульвар', 'optional'],
  ['пос', 'посёлок', 'optional'],
  ['п', 'посёлок', 'required'],
  ['пгт', 'посёлок городского типа', 'optional'],
  ['с', 'село', 'required'],
  ['х', 'хутор', 'required'],
  ['ст-ца', 'станица', 'optional'],
  ['респ', 'республика', 'optional'],
  ['кр', 'край', 'required'],
  ['мкр', 'микрорайон', 'optional'],
  ['мкрн', 'микрорайон', 'optional'],
  ['мкр-н', 'микрорайон', 'optional'],
  ['пр', 'проезд', 'required'],
  ['пр-д', 'проезд', 'optional'],
  ['туп', 'тупик', 'optional'],
  ['ал', 'аллея', 'required'],
  ['тер', 'территория', 'required'],
  ['влд', 'владение', 'optional'],
  ['вл', 'владение', 'required'],
  ['зд', 'здание', 'required'],
  ['лит', 'литера', 'optional'],
  ['пом', 'помещение', 'optional'],
  ['ком', 'комната', 'optional'],
  ['оф', 'офис', 'optional'],
  ['эт', 'этаж', 'required'],
];

/** Every abbreviation this module expands, with its full word; for help texts and tests. */
export const ADDRESS_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(ENTRIES.map(([a, full]) => [a, full]));
const RULES = new Map(ENTRIES.map(([abbr, full, dot]) => [abbr, { full, dot }]));

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ALTERNATIVES = [...RULES.keys()]
  .sort((a, b) => b.length - a.length)
  .map((a) => escape(a).replace('\\.', '\\.\\s?'))
  .join('|');
// Not preceded by a letter, digit, hyphen or dot (so 'А.С.' initials and 'Санкт-…' stay whole);
// then either the dot, or a bare form not followed by a letter, digit or hyphen.
const PATTERN = new RegExp(`(?<![\\p{L}\\p{N}.-])(${ALTERNATIVES})(?:(\\.)|(?![\\p{L}\\p{N}-]))([ \\t]*)`, 'giu');

function matchCase(source: string, full: string): string {
  const first = source[0] ?? '';
  if (first === first.toLowerCase()) return full;
  const allCaps = source.length > 1 && source === source.toUpperCase();
  return allCaps ? full.toUpperCase() : full.charAt(0).toUpperCase() + full.slice(1);
}

/**
 * Spells out address abbreviations, keeping the case of everything else. 'ул.Ленина' gains the missing
 * space. A one-letter abbreviation in upper case is expanded only at the start or after a comma, since
 * elsewhere it is an initial ('улица Д. Бедного'). 'д.' before a number is «дом», before a name «деревня».
 */
export function expandAbbreviations(text: string): string {
  return text.replace(PATTERN, (whole, abbr: string, dot: string | undefined, space: string, offset: number) => {
    const rule = RULES.get(abbr.toLowerCase().replace(/\s/g, ''));
    const next = text[offset + whole.length];
    if (!rule) return whole;
    if (!dot && rule.dot === 'required') return whole;
    if (!dot && rule.dot === 'digit' && !(space && next !== undefined && /\d/.test(next))) return whole;
    if (abbr.length === 1 && abbr !== abbr.toLowerCase() && !/(^|[,;(])\s*$/.test(text.slice(0, offset))) return whole;
    const full = abbr.toLowerCase() === 'д' && next !== undefined && /\p{L}/u.test(next) ? 'деревня' : rule.full;
    const gap = next !== undefined && !/[\s,;:).]/.test(next) ? ' ' : '';
    return matchCase(abbr, full) + gap;
  });
}

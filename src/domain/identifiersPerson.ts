// A person's own data as typed into forms: calendar dates (ДД.ММ.ГГГГ), passport parts and names.
// Normalisers never throw on user input; schema messages are validation codes only.
import * as v from 'valibot';
import { codeCheck, RequiredTextSchema } from './validationCodes';
import { stripInvisible } from './documentText';

// ---- Dates ------------------------------------------------------------------------------------

export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isoOf(year: number, month: number, day: number): string | null {
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** '31.12.1990' (day and month may be one digit) → '1990-12-31'; null if not a real calendar day. */
export function parseRuDate(input: string): string | null {
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(input.trim());
  return m ? isoOf(Number(m[3]), Number(m[2]), Number(m[1])) : null;
}

/** 'YYYY-MM-DD' if it is a real calendar day, else null. */
export function parseIsoDate(input: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input.trim());
  return m ? isoOf(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** '1990-12-31' → '31.12.1990'; null if `iso` is not a real calendar day. */
export function formatRuDate(iso: string): string | null {
  const valid = parseIsoDate(iso);
  return valid && `${valid.slice(8, 10)}.${valid.slice(5, 7)}.${valid.slice(0, 4)}`;
}

/**
 * The same calendar day `years` later. 29 February in a year without it becomes 28 February, the last
 * day of that month, as the Civil Code (art. 192) counts terms.
 */
export function addYears(iso: string, years: number): string {
  const year = Number(iso.slice(0, 4)) + years;
  const month = Number(iso.slice(5, 7));
  const day = Math.min(Number(iso.slice(8, 10)), daysInMonth(year, month));
  return isoOf(year, month, day) ?? iso;
}

/**
 * ДД.ММ.ГГГГ → ISO. An ISO date is accepted too, so a stored record (already ISO) validates again
 * unchanged wherever it travels.
 */
export const RuDateSchema = v.pipe(
  RequiredTextSchema,
  v.transform((s) => parseRuDate(s) ?? parseIsoDate(s)),
  v.string('date_format'),
);

// ---- Passport ---------------------------------------------------------------------------------

const withoutSpaces = (s: string): string => s.replace(/\s/g, '');

/** Four digits; '45 08' as printed in the passport becomes '4508'. */
export const PassportSeriesSchema = v.pipe(RequiredTextSchema, v.transform(withoutSpaces), v.regex(/^\d{4}$/, 'passport_series_format'));

export const PassportNumberSchema = v.pipe(RequiredTextSchema, v.transform(withoutSpaces), v.regex(/^\d{6}$/, 'passport_number_format'));

/** '770-001', '770 001' or '770001' → '770-001'; null otherwise. */
export function normalizeDivisionCode(input: string): string | null {
  const m = /^(\d{3})[\s-]?(\d{3})$/.exec(input.trim());
  return m ? `${m[1]}-${m[2]}` : null;
}

export const DivisionCodeSchema = v.pipe(RequiredTextSchema, v.transform(normalizeDivisionCode), v.string('division_code_format'));

// ---- Names ------------------------------------------------------------------------------------

export const NAME_MAX_LENGTH = 60;
const LETTER = '[A-Za-zА-Яа-яЁё]';
const NAME_SHAPE = new RegExp(`^${LETTER}+(?:[-' ]${LETTER}+)*$`);

/** Trims, collapses spaces, tightens ' - ' to '-', and unifies typographic apostrophes to "'". */
export function normalizeName(input: string): string {
  return input.replace(/[’ʼ`]/g, "'").replace(/\s+/g, ' ').replace(/ ?- ?/g, '-').trim();
}

// A Latin letter inside a Cyrillic word (or the reverse) is almost always a look-alike typo: 'Иванoв'.
function mixesScripts(name: string): boolean {
  return name.split(/[-' ]/).some((word) => /[A-Za-z]/.test(word) && /[А-Яа-яЁё]/.test(word));
}

export const PersonNameSchema = v.pipe(
  v.string('required'),
  v.transform(stripInvisible),
  v.transform(normalizeName),
  codeCheck<string>((s) => {
    if (s === '') return 'required';
    if (s.length > NAME_MAX_LENGTH) return 'too_long';
    if (!NAME_SHAPE.test(s)) return 'name_chars';
    return mixesScripts(s) ? 'name_mixed_scripts' : null;
  }),
);

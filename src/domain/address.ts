// A structured Russian address as the profile stores it: each part on its own, abbreviations spelled
// out. The schema and the «Проверить» action share one normaliser per part, so they always agree.
import * as v from 'valibot';
import { expandAbbreviations } from './addressAbbreviations';
import { isPrintable, printableStep, stripInvisible, stripInvisibleStep } from './documentText';
import { codeCheck, fieldCodes, objectMessage, type ValidationCode } from './validationCodes';

export { ADDRESS_ABBREVIATIONS, expandAbbreviations } from './addressAbbreviations';

/** In the order the form shows them. */
export const ADDRESS_FIELDS = ['country', 'region', 'district', 'city', 'street', 'house', 'building', 'apartment', 'postalIndex'] as const;
export type AddressField = (typeof ADDRESS_FIELDS)[number];
export const REQUIRED_ADDRESS_FIELDS: readonly AddressField[] = ['region', 'city', 'street', 'house', 'postalIndex'];

export const DEFAULT_COUNTRY = 'Россия';
const NAME_MAX = 120; // region, district, city, street, country
const NUMBER_MAX = 30; // house, building, apartment: '12А', 'корпус 2 строение 1'

/** Trims, collapses spaces and drops commas or semicolons left at either end by a pasted address. */
function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/^[\s,;]+|[\s,;]+$/g, '');
}

const spelledOut = (text: string) => tidy(expandAbbreviations(tidy(text)));
// The field already says «дом» or «квартира»: 'д. 7' keeps only '7', 'кв 12' only '12'.
const withoutWord = (word: string) => (text: string) => spelledOut(text).replace(new RegExp(`^${word}(?:\\s+|$)`, 'i'), '');

/** Per-part normaliser; each returns '' for a part left blank. */
export const ADDRESS_NORMALIZERS: Record<AddressField, (raw: string) => string> = {
  country: (raw) => {
    const text = tidy(raw);
    return text === '' || /^рф$/i.test(text) ? DEFAULT_COUNTRY : text;
  },
  region: spelledOut,
  district: spelledOut,
  city: spelledOut,
  street: spelledOut,
  house: withoutWord('дом'),
  building: spelledOut,
  apartment: withoutWord('квартира'),
  postalIndex: (raw) => raw.replace(/\s/g, ''),
};

function requiredPart(field: AddressField, max: number) {
  return v.pipe(
    v.string('required'),
    stripInvisibleStep(),
    printableStep(),
    v.transform(ADDRESS_NORMALIZERS[field]),
    codeCheck<string>((s) => (s === '' ? 'required' : s.length > max ? 'too_long' : null)),
  );
}

function optionalPart(field: AddressField, max: number) {
  return v.pipe(
    v.nullish(v.string('invalid_value')),
    v.transform((s) => (s ? stripInvisible(s) : s)),
    v.check((s) => !s || isPrintable(s), 'unprintable_chars'),
    v.transform((s) => (s ? ADDRESS_NORMALIZERS[field](s) : '') || undefined),
    codeCheck<string | undefined>((s) => (s !== undefined && s.length > max ? 'too_long' : null)),
  );
}

export const AddressSchema = v.object(
  {
    country: v.pipe(
      v.optional(v.nullable(v.string('invalid_value')), ''),
      v.transform((s) => ADDRESS_NORMALIZERS.country(s ?? '')),
      codeCheck<string>((s) => (s.length > NAME_MAX ? 'too_long' : null)),
    ),
    region: requiredPart('region', NAME_MAX),
    district: optionalPart('district', NAME_MAX),
    city: requiredPart('city', NAME_MAX),
    street: requiredPart('street', NAME_MAX),
    house: requiredPart('house', NUMBER_MAX),
    building: optionalPart('building', NUMBER_MAX),
    apartment: optionalPart('apartment', NUMBER_MAX),
    postalIndex: v.pipe(
      v.string('required'),
      v.transform(ADDRESS_NORMALIZERS.postalIndex),
      codeCheck<string>((s) => (s === '' ? 'required' : /^\d{6}$/.test(s) ? null : 'postal_index_format')),
    ),
  },
  objectMessage,
);
export type Address = v.InferOutput<typeof AddressSchema>;

/** What a half-filled form holds: any part may be absent or blank. */
export type AddressDraft = Partial<Record<AddressField, string | null>>;

export interface AddressCheck {
  /** Every part normalised, blank optional parts left out; blank required parts stay ''. */
  normalized: Address;
  /** Parts the normalisation changed (beyond trimming), to show the user what «Проверить» did. */
  changes: { field: AddressField; from: string; to: string }[];
  /** Required parts that are blank. */
  missing: AddressField[];
  /** Parts filled in but wrong, e.g. a postal index that is not 6 digits. */
  invalid: { field: AddressField; code: ValidationCode }[];
}

/** The «Проверить» action: normalises every part and reports what changed, what is missing or wrong. */
export function checkAddress(draft: AddressDraft): AddressCheck {
  const normalized: Partial<Record<AddressField, string>> = {};
  const changes: AddressCheck['changes'] = [];
  for (const field of ADDRESS_FIELDS) {
    const raw = draft[field];
    const from = typeof raw === 'string' ? raw : '';
    const to = ADDRESS_NORMALIZERS[field](from);
    if (to !== '') normalized[field] = to;
    if (to !== from.trim()) changes.push({ field, from, to });
  }
  const result = v.safeParse(AddressSchema, draft);
  const codes = result.success ? {} : fieldCodes(result.issues);
  const missing: AddressField[] = [];
  const invalid: AddressCheck['invalid'] = [];
  for (const field of ADDRESS_FIELDS) {
    const code = codes[field];
    if (code === 'required') missing.push(field);
    else if (code) invalid.push({ field, code });
  }
  for (const field of REQUIRED_ADDRESS_FIELDS) normalized[field] ??= '';
  return { normalized: normalized as Address, changes, missing, invalid };
}

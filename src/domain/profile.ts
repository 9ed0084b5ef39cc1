// «Мои данные»: the citizen's profile as one schema, built from the identifier and address schemas.
// Date checks need «today» on the simulated clock, so the full schema comes from a factory.
import * as v from 'valibot';
import { ADDRESS_FIELDS, AddressSchema } from './address';
import { printableStep, stripInvisibleStep } from './documentText';
import {
  addYears,
  DivisionCodeSchema,
  EmailSchema,
  InnSchema,
  PassportNumberSchema,
  PassportSeriesSchema,
  PersonNameSchema,
  PhoneSchema,
  RuDateSchema,
  SnilsSchema,
} from './identifiers';
import { codeCheck, objectMessage, optionalField } from './validationCodes';
import { OmsPolicySchema } from './omsPolicy';
import { OFFICES } from './offices/offices';

/** The clinics one may be attached to (for the doctor's appointment: «your clinic first»). */
const CLINIC_IDS = OFFICES.filter((o) => o.kind === 'clinic').map((o) => o.id);

export const GENDERS = ['male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];
/** Birth dates further back than this are taken for typos. */
export const MAX_AGE_YEARS = 120;
/** A Russian internal passport is first issued at 14. */
export const PASSPORT_MIN_AGE_YEARS = 14;
export const ISSUED_BY_MIN_LENGTH = 3;
export const ISSUED_BY_MAX_LENGTH = 200;

export const IssuedBySchema = v.pipe(
  v.string('required'),
  stripInvisibleStep(),
  printableStep(),
  v.transform((s) => s.replace(/\s+/g, ' ').trim()),
  codeCheck<string>((s) => {
    if (s === '') return 'required';
    if (s.length < ISSUED_BY_MIN_LENGTH) return 'too_short';
    return s.length > ISSUED_BY_MAX_LENGTH ? 'too_long' : null;
  }),
);

export const PassportSchema = v.object(
  {
    series: PassportSeriesSchema,
    number: PassportNumberSchema,
    issueDate: RuDateSchema,
    issuedBy: IssuedBySchema,
    divisionCode: DivisionCodeSchema,
  },
  objectMessage,
);
export type Passport = v.InferOutput<typeof PassportSchema>;

function isBlankGroup(group: Record<string, unknown> | null | undefined, ignore: readonly string[]): boolean {
  if (!group) return true;
  return Object.entries(group).every(([key, value]) => ignore.includes(key) || value == null || (typeof value === 'string' && value.trim() === ''));
}

/**
 * A group of fields the user may leave wholly blank (it becomes absent); once any part is filled, every
 * part is checked, so a half-entered passport is reported field by field. `ignore` lists parts with a
 * default (the address country) that do not count as filled.
 */
function optionalGroup<TSchema extends v.GenericSchema<Record<string, unknown>, unknown>>(schema: TSchema, ignore: readonly string[] = []) {
  return v.pipe(
    v.nullish(v.record(v.string(), v.unknown(), 'invalid_value')),
    v.transform((group) => (isBlankGroup(group, ignore) ? undefined : group)),
    v.optional(schema),
  );
}

const ProfileObjectSchema = v.object(
  {
    surname: PersonNameSchema,
    name: PersonNameSchema,
    patronymic: optionalField(PersonNameSchema),
    birthDate: RuDateSchema,
    gender: v.picklist(GENDERS, 'required'),
    passport: optionalGroup(PassportSchema),
    snils: optionalField(SnilsSchema),
    inn: optionalField(InnSchema),
    omsPolicy: optionalField(OmsPolicySchema),
    clinicId: optionalField(v.picklist(CLINIC_IDS, 'invalid_value')),
    phone: PhoneSchema,
    email: EmailSchema,
    registrationAddress: optionalGroup(AddressSchema, ['country']),
    actualAddress: optionalGroup(AddressSchema, ['country']),
  },
  objectMessage,
);

/** The profile schema for the simulated day `todayIso` ('YYYY-MM-DD'; a full ISO timestamp also works). */
export function createProfileSchema(todayIso: string) {
  const today = todayIso.slice(0, 10);
  const oldest = addYears(today, -MAX_AGE_YEARS);
  // Each check runs only once the fields it reads are valid, so every field's own error shows first.
  return v.pipe(
    ProfileObjectSchema,
    v.forward(
      v.partialCheck([['birthDate']], (p) => p.birthDate <= today, 'date_in_future'),
      ['birthDate'],
    ),
    v.forward(
      v.partialCheck([['birthDate']], (p) => p.birthDate >= oldest, 'date_too_old'),
      ['birthDate'],
    ),
    v.forward(
      v.partialCheck([['passport', 'issueDate']], (p) => !p.passport || p.passport.issueDate <= today, 'date_in_future'),
      ['passport', 'issueDate'],
    ),
    v.forward(
      v.partialCheck(
        [['birthDate'], ['passport', 'issueDate']],
        (p) => !p.passport || p.passport.issueDate >= addYears(p.birthDate, PASSPORT_MIN_AGE_YEARS),
        'passport_issued_before_14',
      ),
      ['passport', 'issueDate'],
    ),
  );
}
export type Profile = v.InferOutput<typeof ProfileObjectSchema>;
/** What a form may hand in: the same shape with every part still raw text. */
export type ProfileInput = v.InferInput<typeof ProfileObjectSchema>;

const addressPaths = <P extends string>(prefix: P) => ADDRESS_FIELDS.map((field) => `${prefix}.${field}` as const);

/** Dotted field paths in the order the form shows them; the error summary lists issues in this order. */
export const PROFILE_FIELD_ORDER = [
  'surname',
  'name',
  'patronymic',
  'birthDate',
  'gender',
  'passport.series',
  'passport.number',
  'passport.issueDate',
  'passport.issuedBy',
  'passport.divisionCode',
  'snils',
  'inn',
  'omsPolicy',
  'clinicId',
  'phone',
  'email',
  ...addressPaths('registrationAddress'),
  ...addressPaths('actualAddress'),
] as const;
export type ProfileFieldPath = (typeof PROFILE_FIELD_ORDER)[number];

// An application form as data: steps of fields, each field checked by a named rule from FIELD_RULES,
// shown only when its condition holds, and optionally prefilled from the profile. The wizard, the
// validation worker and the mock server all build their schema from the same definition.
import * as v from 'valibot';
import {
  DivisionCodeSchema,
  EmailSchema,
  InnSchema,
  PassportNumberSchema,
  PassportSeriesSchema,
  PersonNameSchema,
  PhoneSchema,
  RuDateSchema,
  SnilsSchema,
} from '../identifiers';
import { ADDRESS_FIELDS, ADDRESS_NORMALIZERS, type AddressField } from '../address';
import { objectMessage, optionalField, RequiredTextSchema } from '../validationCodes';
import { LocalTextSchema } from './localText';

const TEXT_MAX = 500;
const LONG_TEXT_MAX = 2000;
const ADDRESS_NAME_MAX = 120;
const ADDRESS_NUMBER_MAX = 30;

/** An address part spelled out as «Мои данные» stores it («ул.» → «улица», «д. 7» → «7»). */
const addressPart = (part: AddressField, max: number) =>
  v.pipe(RequiredTextSchema, v.transform(ADDRESS_NORMALIZERS[part]), v.nonEmpty('required'), v.maxLength(max, 'too_long'));

/** The rules a field may name. Each is a shared schema whose messages are validation codes. */
export const FIELD_RULES = {
  text: v.pipe(RequiredTextSchema, v.maxLength(TEXT_MAX, 'too_long')),
  longText: v.pipe(RequiredTextSchema, v.maxLength(LONG_TEXT_MAX, 'too_long')),
  personName: PersonNameSchema,
  date: RuDateSchema,
  phone: PhoneSchema,
  email: EmailSchema,
  snils: SnilsSchema,
  inn: InnSchema,
  passportSeries: PassportSeriesSchema,
  passportNumber: PassportNumberSchema,
  divisionCode: DivisionCodeSchema,
  postalIndex: v.pipe(RequiredTextSchema, v.transform(ADDRESS_NORMALIZERS.postalIndex), v.regex(/^\d{6}$/, 'postal_index_format')),
  country: addressPart('country', ADDRESS_NAME_MAX),
  addressName: addressPart('street', ADDRESS_NAME_MAX),
  house: addressPart('house', ADDRESS_NUMBER_MAX),
  building: addressPart('building', ADDRESS_NUMBER_MAX),
  apartment: addressPart('apartment', ADDRESS_NUMBER_MAX),
  choice: RequiredTextSchema,
  consent: v.literal(true, 'consent_required'),
} as const;
export type FieldRule = keyof typeof FIELD_RULES;

/** Profile paths a field may be prefilled from (see PROFILE_FIELD_ORDER). */
export const FieldSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z][a-zA-Z0-9]*$/)),
  label: LocalTextSchema,
  hint: v.optional(LocalTextSchema),
  control: v.picklist(['text', 'textarea', 'radio', 'select', 'checkbox']),
  rule: v.picklist(Object.keys(FIELD_RULES) as FieldRule[]),
  required: v.boolean(),
  options: v.optional(v.array(v.object({ value: v.string(), label: LocalTextSchema }))),
  prefill: v.optional(v.string()),
  /** The part of a structured address this field is; the wizard shows «Проверить адрес» for the group. */
  address: v.optional(v.picklist(ADDRESS_FIELDS)),
  /** Shown (and checked) only when another field of the form has this value. */
  showIf: v.optional(v.object({ field: v.string(), equals: v.string() })),
});
export type FieldDef = v.InferOutput<typeof FieldSchema>;

export const StepSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z][a-zA-Z0-9]*$/)),
  title: LocalTextSchema,
  fields: v.pipe(v.array(FieldSchema), v.minLength(1)),
});
export type StepDef = v.InferOutput<typeof StepSchema>;

export type Answers = Record<string, string | boolean | undefined>;

export function isShown(field: FieldDef, answers: Answers): boolean {
  return !field.showIf || answers[field.showIf.field] === field.showIf.equals;
}

/** The schema of one step for the current answers: hidden fields are not asked, optional ones may be blank. */
export function stepSchema(step: StepDef, answers: Answers) {
  const entries = step.fields
    .filter((field) => isShown(field, answers))
    .map((field) => {
      const rule = FIELD_RULES[field.rule] as v.GenericSchema;
      const options = field.options?.map((option) => option.value);
      const checked = options
        ? v.pipe(
            rule,
            v.check((value) => options.includes(String(value)), 'invalid_value'),
          )
        : rule;
      return [field.id, field.required ? checked : optionalField(checked as v.GenericSchema<string, unknown>)] as const;
    });
  return v.object(Object.fromEntries(entries), objectMessage);
}

/** Every step at once, as the server checks a submitted application. */
export function formSchema(steps: readonly StepDef[], answers: Answers) {
  return v.object(Object.assign({}, ...steps.map((step) => stepSchema(step, answers).entries)), objectMessage);
}

// The closed set of codes a validation issue may carry, and the small schema pieces that emit them.
// Schemas never hold user-facing text: page, worker and mock server share codes; only the page has words.
import * as v from 'valibot';
import { printableStep, stripInvisibleStep } from './documentText';

export const VALIDATION_CODES = [
  'required',
  'too_short',
  'subject_too_short',
  'choice_required',
  'too_long',
  'invalid_value',
  'phone_format',
  'phone_same',
  'email_format',
  'snils_format',
  'snils_checksum',
  'inn_format',
  'inn_checksum',
  'passport_series_format',
  'passport_number_format',
  'division_code_format',
  'date_format',
  'date_in_future',
  'date_too_old',
  'passport_issued_before_14',
  'name_chars',
  'unprintable_chars',
  'name_mixed_scripts',
  'postal_index_format',
  'password_short',
  'password_upper',
  'password_lower',
  'password_digit',
  'password_special',
  'password_repeat',
  'password_sequence',
  'code_format',
  'recovery_code_format',
  'consent_required',
  'card_number_format',
  'card_brand_unknown',
  'card_length',
  'card_checksum',
  'card_expiry_format',
  'card_expired',
  'card_cvc_format',
  'card_holder_format',
  'fine_uin_format',
  'licence_format',
  'vehicle_certificate_format',
  'wallet_format',
  'text_chars',
  'single_line',
  'datetime_format',
  'related_required',
  'callback_too_soon',
  'callback_too_far',
  'oms_format',
  'oms_checksum',
  'child_too_old',
  'visit_required',
  'visit_invalid',
  'documents_none',
  'days_range',
  'reason_none',
  'comment_long',
  'rating_comment_long',
  'pin_format',
  'hours_time',
  'hours_order',
  'hours_reason',
  'contact_format',
  'identity_document_required',
  'password_same',
  'rating_required',
  'rating_range',
] as const;
export type ValidationCode = (typeof VALIDATION_CODES)[number];

export const ValidationCodeSchema = v.picklist(VALIDATION_CODES);

export function isValidationCode(value: unknown): value is ValidationCode {
  return (VALIDATION_CODES as readonly unknown[]).includes(value);
}

/** Key under which an issue about the whole input (no path) is reported. */
export const ROOT_FIELD = '';

/**
 * Dotted field path → the first code reported for it, as the mock server answers and the error
 * summary reads. An issue whose message is not a known code is reported as 'invalid_value'.
 */
export function fieldCodes(issues: readonly v.BaseIssue<unknown>[]): Record<string, ValidationCode> {
  const out: Record<string, ValidationCode> = {};
  for (const issue of issues) {
    const field = v.getDotPath(issue) ?? ROOT_FIELD;
    if (!(field in out)) out[field] = isValidationCode(issue.message) ? issue.message : 'invalid_value';
  }
  return out;
}

// ---- Building blocks for schemas that speak in codes ------------------------------------------

/** Blank (absent, null or only spaces) becomes undefined; anything else must pass `schema`. */
export function optionalField<TSchema extends v.GenericSchema<string, unknown>>(schema: TSchema) {
  return v.pipe(
    v.nullish(v.string('invalid_value')),
    v.transform((s) => (s === null || s === undefined || s.trim() === '' ? undefined : s)),
    v.optional(schema),
  );
}

/** One issue at most, carrying the code `rule` names first; for fields whose checks are ordered. */
export function codeCheck<T>(rule: (value: T) => ValidationCode | null) {
  return v.rawCheck<T>(({ dataset, addIssue }) => {
    const code = dataset.typed ? rule(dataset.value) : null;
    if (code) addIssue({ message: code });
  });
}

/**
 * Message for `v.object`: a missing key is 'required' (the issue has a path at that point), while a
 * value that is not an object at all is 'invalid_value'.
 */
export const objectMessage = (issue: v.BaseIssue<unknown>): ValidationCode => (issue.path ? 'required' : 'invalid_value');

/** A string that must be present once trimmed; the pipe every required text field starts with. */
export const RequiredTextSchema = v.pipe(v.string('required'), stripInvisibleStep(), printableStep(), v.trim(), v.nonEmpty('required'));

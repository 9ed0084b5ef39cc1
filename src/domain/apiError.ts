// The one shape every API error has, so the client can show a specific message for each code.
import * as v from 'valibot';

export const API_ERROR_CODES = [
  'bad_json',
  'validation',
  'bad_scenario',
  'not_found',
  'method_not_allowed',
  'outage',
  'simulated_failure',
  'internal',
  'unauthorized',
  'session_expired',
  'bad_credentials',
  'locked',
  'phone_taken',
  'email_taken',
  'snils_taken',
  'code_wrong',
  'code_expired',
  'code_attempts_exceeded',
  'resend_too_soon',
  'flow_not_found',
  'bad_path',
  'unsupported_media_type',
  'storage_full',
] as const;

export const ApiErrorBodySchema = v.object({
  error: v.object({
    code: v.string(),
    message: v.string(),
    /** Field path (dot separated) → a validation code (src/domain/validationCodes.ts). */
    fields: v.optional(v.record(v.string(), v.string())),
    /** The same fields → the code's text in the caller's language (Accept-Language: ru by default, en). */
    fieldMessages: v.optional(v.record(v.string(), v.string())),
    /** Facts the message needs, e.g. {until: ISO time} for a lock-out, {attemptsLeft: 2}. */
    data: v.optional(v.record(v.string(), v.union([v.string(), v.number()]))),
  }),
});
export type ApiErrorBody = v.InferOutput<typeof ApiErrorBodySchema>;

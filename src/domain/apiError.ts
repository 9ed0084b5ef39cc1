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
] as const;

export const ApiErrorBodySchema = v.object({
  error: v.object({
    code: v.string(),
    message: v.string(),
    /** Field path (dot separated) → what is wrong with it. */
    fields: v.optional(v.record(v.string(), v.string())),
  }),
});
export type ApiErrorBody = v.InferOutput<typeof ApiErrorBodySchema>;

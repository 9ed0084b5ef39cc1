// One place that turns any failure into a sentence in the user's language, with its facts filled in
// (attempts left, until when an account is locked, when a new code can be asked for).
import { ApiRequestError } from '../client/api';
import { WorkerFailedError } from '../client/workerClient';
import { isQuotaError } from '../domain/quota';
import { fill, formatDateTime, t } from '../i18n/i18n';
import type { Dictionary } from '../i18n/ru';

function facts(data: Record<string, string | number> = {}): Record<string, string | number> {
  const out: Record<string, string | number> = { ...data };
  if (typeof data.until === 'string') out.until = formatDateTime(Date.parse(data.until));
  if (typeof data.retryAt === 'number') out.retryAt = formatDateTime(data.retryAt);
  if (typeof data.level === 'string') out.level = t().levels[data.level as 'confirmed'] ?? data.level;
  return out;
}

/** Codes that mean the same to the user as another one: they share its sentence instead of a copy. */
export const SAME_AS: Record<string, keyof Dictionary['errors']> = {
  bad_request: 'bad_json',
  payment_unpaid: 'payment_required',
  simulated_hang: 'simulated_failure',
};

/** The sentence for an error code from the API (or 'network'), with its facts filled in. */
export function messageForCode(code: string, data?: Record<string, string | number>): string {
  const messages = t().errors;
  return fill(messages[(SAME_AS[code] ?? code) as keyof Dictionary['errors']] ?? messages.unknown, facts(data));
}

/** Like errorText, but a page's own wording for some codes (its `errors` keyed by code) comes first. */
export function errorTextFrom(own: Record<string, string>, error: unknown): string {
  if (error instanceof ApiRequestError && own[error.code] !== undefined) return fill(own[error.code]!, facts(error.data));
  return errorText(error);
}

export function errorText(error: unknown): string {
  if (error instanceof WorkerFailedError) return t().errors.worker;
  if (error instanceof ApiRequestError) return messageForCode(error.code, error.data);
  if (isQuotaError(error)) return t().errors.storage_full;
  return t().errors.unknown;
}

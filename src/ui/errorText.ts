// One place that turns any failure into a sentence in the user's language.
import { ApiRequestError } from '../client/api';
import { WorkerFailedError } from '../client/workerClient';
import { t } from '../i18n/i18n';
import type { Dictionary } from '../i18n/ru';

export function errorText(error: unknown): string {
  const messages = t().errors;
  if (error instanceof WorkerFailedError) return messages.worker;
  if (error instanceof ApiRequestError) {
    return messages[error.code as keyof Dictionary['errors']] ?? messages.unknown;
  }
  return messages.unknown;
}

// A refused booking action in the reader's language: the rule's own reason, else the general message.
import { ApiRequestError } from '../client/api';
import { t } from '../i18n/i18n';
import { errorText } from './errorText';

export function bookingErrorText(error: unknown): string {
  const refusals = t().offices.refusals as Record<string, string>;
  if (error instanceof ApiRequestError && refusals[error.code]) return refusals[error.code]!;
  return errorText(error);
}

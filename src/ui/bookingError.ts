// A refused booking action in the reader's language: the rule's own reason, else the general message.
import { ApiRequestError } from '../client/api';

import { errorText } from './errorText';
import { officesTexts } from '../i18n/lazy/offices';

export function bookingErrorText(error: unknown): string {
  const refusals = officesTexts().offices.refusals as Record<string, string>;
  if (error instanceof ApiRequestError && refusals[error.code]) return refusals[error.code]!;
  return errorText(error);
}

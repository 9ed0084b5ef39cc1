// Sentences of the console that depend on the language: its own API errors, timeline notes, reasons.
import { ApiRequestError } from '../../client/api';
import { t } from '../../i18n/i18n';
import { errorText } from '../../ui/errorText';

/** True when the server refused the PIN itself (wrong, or none set): the tab must sign in again. */
export const isPinRefused = (error: unknown) =>
  error instanceof ApiRequestError && (error.code === 'operator_pin_wrong' || error.code === 'operator_pin_unset');

export function operatorErrorText(error: unknown): string {
  const texts = t().operator;
  if (error instanceof ApiRequestError) {
    if (error.code === 'operator_pin_wrong') return texts.pinWrong;
    if (error.code === 'operator_pin_unset') return texts.pinUnset;
    if (error.code === 'conflict') return texts.conflict;
  }
  return errorText(error);
}

export function reasonText(reason: string): string {
  const reasons: Record<string, string> = t().operator.reasons;
  return reasons[reason] ?? reason;
}

export function noteText(note: string): string {
  const notes: Record<string, string> = t().operator.notes;
  return notes[note] ?? note;
}

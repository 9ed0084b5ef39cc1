// Sentences of the console that depend on the language: its own API errors, timeline notes, reasons.
import { ApiRequestError } from '../../client/api';
import { fill, formatDateTime, t } from '../../i18n/i18n';
import { errorText } from '../../ui/errorText';

const REFUSED = new Set(['operator_pin_wrong', 'operator_pin_unset', 'operator_session_required']);
/** True when the server refused the staff session (PIN changed, none set, expired): the tab must sign in again. */
export const isPinRefused = (error: unknown) => error instanceof ApiRequestError && REFUSED.has(error.code);

export function operatorErrorText(error: unknown): string {
  const texts = t().operator;
  if (error instanceof ApiRequestError) {
    if (error.code === 'operator_pin_wrong') return texts.pinWrong;
    if (error.code === 'operator_pin_unset') return texts.pinUnset;
    if (error.code === 'operator_locked') return fill(texts.pinLocked, { until: formatDateTime(Date.parse(String(error.data?.until))) });
    if (error.code === 'operator_pin_current_required') return texts.currentPinRequired;
    if (error.code === 'operator_session_required') return texts.pinExpired;
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

// Sentences of the console that depend on the language: its own API errors, timeline notes, reasons.
import { ApiRequestError } from '../../client/api';

import { errorTextFrom } from '../../ui/errorText';
import { operatorTexts } from '../../i18n/lazy/operator';

const REFUSED = new Set(['operator_pin_wrong', 'operator_pin_unset', 'operator_session_required']);
/** True when the server refused the staff session (PIN changed, none set, expired): the tab must sign in again. */
export const isPinRefused = (error: unknown) => error instanceof ApiRequestError && REFUSED.has(error.code);

/** The console's own wording for its refusals (wrong PIN, locked, status changed); anything else as any API error. */
export const operatorErrorText = (error: unknown): string => errorTextFrom(operatorTexts().operator.errors, error);

export function noteText(note: string): string {
  const notes: Record<string, string> = operatorTexts().operator.notes;
  return notes[note] ?? note;
}

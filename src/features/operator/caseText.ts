// Pure helpers of the case panel: what the action form holds, turned into the input of the shared
// OperatorActionSchema (the same schema the server parses with). No DOM, no i18n state: tested alone.
import { REPLY_DAYS } from '../../domain/lifecycle/types';
import type { Values } from '../../ui/form/createForm';
import type { ActionName } from './operatorApi';

/** The form's fields in page order: the error summary lists them so. */
export const ACTION_FIELDS = ['comment', 'documents', 'days', 'reason'] as const;

export const emptyAction = (): Values => ({ comment: '', days: String(REPLY_DAYS.usual), reason: '' });

/** The form's values (documents ticked as `documents:<id>`) as the action the schema checks. */
export function actionInput(name: ActionName, nested: Record<string, unknown>): unknown {
  const comment = String(nested.comment ?? '').trim();
  const days = String(nested.days ?? '').trim();
  const ticked = Object.entries(nested)
    .filter(([key, value]) => key.startsWith('documents:') && value === true)
    .map(([key]) => key.slice('documents:'.length));
  return {
    action: name,
    comment: comment || undefined,
    documents: ticked,
    // «2.5», «1e1» or «» are not a number of days; the schema names them so.
    days: /^\d+$/.test(days) ? Number(days) : Number.NaN,
    reason: nested.reason,
  };
}

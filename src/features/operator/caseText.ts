// Pure helpers of the case panel: answers as the service's form names them, and the action forms'
// input turned into an API action or into per-field error codes. No DOM, no i18n state: tested alone.
import * as v from 'valibot';
import type { Service } from '../../domain/catalog/serviceSchema';
import { OperatorActionSchema, type OperatorAction } from '../../domain/lifecycle/types';
import { REJECTION_REASONS } from '../../domain/scenario';
import type { ActionName } from './operatorApi';

/** The server's limit on the officer's comment, in characters. */
export const COMMENT_MAX = 500;
export const DAYS_MIN = 1;
export const DAYS_MAX = 10;
export const DAYS_DEFAULT = 3;

type Lang = 'ru' | 'en';

/** One answer as a row: the form's label (or the key), the option's label, a date as ДД.ММ.ГГГГ. */
export function answerRows(service: Service | undefined, answers: Record<string, string | boolean>, lang: Lang, yesNo: [string, string]) {
  const fields = service?.steps.flatMap((step) => step.fields) ?? [];
  const shown = (value: string | boolean, options?: { value: string; label: { ru: string; en: string } }[]) => {
    if (typeof value === 'boolean') return value ? yesNo[0] : yesNo[1];
    const option = options?.find((o) => o.value === value);
    if (option) return option.label[lang];
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    return iso ? `${iso[3]}.${iso[2]}.${iso[1]}` : value;
  };
  const known = fields.filter((field) => field.id in answers).map((field) => ({ key: field.id, label: field.label[lang], value: shown(answers[field.id]!, field.options) }));
  const rest = Object.keys(answers)
    .filter((key) => !fields.some((field) => field.id === key))
    .map((key) => ({ key, label: key, value: shown(answers[key]!) }));
  return [...known, ...rest];
}

/** What the operator typed or chose in an action form; kept as typed until it is sent. */
export interface ActionDraft {
  documents: string[];
  days: string;
  reason: string;
  comment: string;
}
export type DraftField = 'documents' | 'days' | 'reason' | 'comment';
export type DraftError = 'documents_none' | 'days_range' | 'reason_none' | 'comment_long';

export const emptyDraft = (): ActionDraft => ({ documents: [], days: String(DAYS_DEFAULT), reason: '', comment: '' });

/** The action to send, or the errors to show next to each field (in page order). */
export function buildAction(name: ActionName, draft: ActionDraft): { action: OperatorAction } | { errors: Partial<Record<DraftField, DraftError>> } {
  const errors: Partial<Record<DraftField, DraftError>> = {};
  const comment = draft.comment.trim();
  const days = Number(draft.days.trim());
  if (name === 'request_documents') {
    if (draft.documents.length === 0) errors.documents = 'documents_none';
    if (!/^\d+$/.test(draft.days.trim()) || days < DAYS_MIN || days > DAYS_MAX) errors.days = 'days_range';
  }
  if (name === 'reject' && !(REJECTION_REASONS as readonly string[]).includes(draft.reason)) errors.reason = 'reason_none';
  if (comment.length > COMMENT_MAX) errors.comment = 'comment_long';
  if (Object.keys(errors).length > 0) return { errors };
  const candidate = {
    action: name,
    comment: comment || undefined,
    ...(name === 'request_documents' ? { documents: draft.documents, days } : {}),
    ...(name === 'reject' ? { reason: draft.reason } : {}),
  };
  return { action: v.parse(OperatorActionSchema, candidate) };
}

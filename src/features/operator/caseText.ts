// Pure helpers of the case panel: the action forms' input turned into an API action or into per-field
// error codes. No DOM, no i18n state: tested alone.
import * as v from 'valibot';
import { OperatorActionSchema, type OperatorAction } from '../../domain/lifecycle/types';
import { REJECTION_REASONS } from '../../domain/scenario';
import type { ActionName } from './operatorApi';

/** The server's limit on the officer's comment, in characters. */
export const COMMENT_MAX = 500;
export const DAYS_MIN = 1;
export const DAYS_MAX = 10;
export const DAYS_DEFAULT = 3;

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

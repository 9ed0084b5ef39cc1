// The case's event log and computed state. The log holds only what people did (the operator, the
// citizen); everything the simulated department does by itself is recomputed from the scenario, the
// seed and the clock, so the state at any moment is a pure function of (case, events, now).
import * as v from 'valibot';
import type { ApplicationStatus } from '../application';
import type { ResultWay } from '../catalog/kinds';
import { REJECTION_REASONS, type RejectionReason } from '../scenario';
import type { DepartmentReply } from './questions';

/** What the scenario was resolved to when the case arrived ('random' is never stored). */
export const CASE_SCENARIOS = ['happy', 'documents_requested', 'slow', 'technical_failure', 'manual', 'rejected'] as const;
export type CaseScenario = (typeof CASE_SCENARIOS)[number];

/** The officer's comment, in characters; the console's hint and its check both read these limits. */
export const COMMENT_MAX = 500;
/** Working days the citizen has to reply to a documents request (DOMAIN: 2–3 usually). */
export const REPLY_DAYS = { min: 1, max: 10, usual: 3 } as const;

const CommentSchema = v.optional(v.pipe(v.string(), v.trim(), v.maxLength(COMMENT_MAX, 'comment_long')));

/** What the operator console may do to a case. The messages are validation codes the console shows. */
export const OperatorActionSchema = v.variant('action', [
  v.object({ action: v.literal('accept'), comment: CommentSchema }),
  v.object({
    action: v.literal('request_documents'),
    documents: v.pipe(v.array(v.pipe(v.string(), v.maxLength(40))), v.minLength(1, 'documents_none'), v.maxLength(10)),
    days: v.pipe(v.number('days_range'), v.integer('days_range'), v.minValue(REPLY_DAYS.min, 'days_range'), v.maxValue(REPLY_DAYS.max, 'days_range')),
    comment: CommentSchema,
  }),
  v.object({ action: v.literal('reject'), reason: v.picklist(REJECTION_REASONS, 'reason_none'), comment: CommentSchema }),
  v.object({ action: v.literal('ready'), comment: CommentSchema }),
  v.object({ action: v.literal('issue'), comment: CommentSchema }),
]);
export type OperatorAction = v.InferOutput<typeof OperatorActionSchema>;

export type CaseEvent =
  | { type: 'operator'; at: number; act: OperatorAction }
  /** The citizen sent the requested documents. */
  | { type: 'reply'; at: number; files: string[] }
  /** The citizen opened the electronic result for the first time. */
  | { type: 'received'; at: number }
  /** The citizen withdrew the application before the department began to examine it. */
  | { type: 'withdraw'; at: number };

/** Notes the department adds by itself; the page translates them. */
export type TimelineNote =
  | 'accepted'
  | 'in_processing'
  | 'technical_failure'
  | 'recovered'
  | 'term_extended'
  | 'documents_requested'
  | 'documents_received'
  | 'deadline_missed'
  | 'ready_electronic'
  | 'ready_office'
  | 'ready_post'
  | 'post_arrived'
  | 'received_electronic'
  | 'issued'
  | 'withdrawn'
  | 'returned_to_archive';

export interface TimelineEntry {
  at: number;
  status: ApplicationStatus;
  note?: TimelineNote;
  /** The officer's own words, when the operator wrote any. */
  comment?: string;
  reason?: RejectionReason;
}

export interface CaseInput {
  id: string;
  number: string;
  submittedAt: number;
  scenario: CaseScenario;
  rejectReason?: RejectionReason;
  /** Answers the registry found different (a data_mismatch refusal names them). */
  rejectFields?: string[];
  seed: string;
  termDays: { min: number; max: number };
  resultWay: ResultWay;
  /** Slots of the service's documents, for a scripted documents request. */
  documentSlots: string[];
  /** How long the electronic result stays valid. */
  validityMonths: number;
  /** When the citizen wrote to the department from the case page (questions.ts). */
  questions?: number[];
}

export type NoticeKind =
  | 'registered'
  | 'accepted'
  | 'processing'
  | 'documents_requested'
  | 'ready'
  | 'rejected'
  | 'issued'
  | 'deadline_reminder'
  | 'result_expiring'
  | 'withdrawn'
  | 'returned'
  | 'question_answered';

export interface DueNotice {
  key: string;
  kind: NoticeKind;
  at: number;
  params: Record<string, string | number>;
}

export interface CaseState {
  status: ApplicationStatus;
  timeline: TimelineEntry[];
  /** While documents are requested: which and until when. */
  request?: { documents: string[]; deadline: number; comment?: string };
  /** Every request made so far, answered or not. */
  requests: { at: number; documents: string[]; deadline: number }[];
  rejection?: { reason: RejectionReason; comment?: string; fields?: string[] };
  readyAt?: number;
  issuedAt?: number;
  /** Paper at an office: the last day it is kept for pickup. */
  pickupDeadline?: number;
  /** Electronic result: valid until. */
  validUntil?: number;
  /** Post: stages so far. */
  tracking: { at: number; stage: 'handed_over' | 'in_transit' | 'arrived' | 'delivered' }[];
  /** The department's replies to the citizen's questions so far, in the questions' order. */
  replies?: DepartmentReply[];
  /** Notifications whose moment has come. */
  notices: DueNotice[];
  /** The next moment something changes by itself, if anything will. */
  next?: number;
}

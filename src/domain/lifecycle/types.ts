// The case's event log and computed state. The log holds only what people did (the operator, the
// citizen); everything the simulated department does by itself is recomputed from the scenario, the
// seed and the clock, so the state at any moment is a pure function of (case, events, now).
import * as v from 'valibot';
import type { ApplicationStatus } from '../application';
import type { ResultWay } from '../catalog/kinds';
import { REJECTION_REASONS, type RejectionReason } from '../scenario';

/** What the scenario was resolved to when the case arrived ('random' is never stored). */
export const CASE_SCENARIOS = ['happy', 'documents_requested', 'slow', 'technical_failure', 'manual', 'rejected'] as const;
export type CaseScenario = (typeof CASE_SCENARIOS)[number];

const CommentSchema = v.optional(v.pipe(v.string(), v.trim(), v.maxLength(500)));

/** What the operator console may do to a case. */
export const OperatorActionSchema = v.variant('action', [
  v.object({ action: v.literal('accept'), comment: CommentSchema }),
  v.object({
    action: v.literal('request_documents'),
    documents: v.pipe(v.array(v.pipe(v.string(), v.maxLength(40))), v.minLength(1), v.maxLength(10)),
    /** Working days the citizen has to reply (DOMAIN: 2–3). */
    days: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10)),
    comment: CommentSchema,
  }),
  v.object({ action: v.literal('reject'), reason: v.picklist(REJECTION_REASONS), comment: CommentSchema }),
  v.object({ action: v.literal('ready'), comment: CommentSchema }),
  v.object({ action: v.literal('issue'), comment: CommentSchema }),
]);
export type OperatorAction = v.InferOutput<typeof OperatorActionSchema>;

export type CaseEvent =
  | { type: 'operator'; at: number; act: OperatorAction }
  /** The citizen sent the requested documents. */
  | { type: 'reply'; at: number; files: string[] }
  /** The citizen opened the electronic result for the first time. */
  | { type: 'received'; at: number };

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
  | 'issued';

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
  seed: string;
  termDays: { min: number; max: number };
  resultWay: ResultWay;
  /** Slots of the service's documents, for a scripted documents request. */
  documentSlots: string[];
  /** How long the electronic result stays valid. */
  validityMonths: number;
}

export type NoticeKind = 'registered' | 'documents_requested' | 'ready' | 'rejected' | 'issued' | 'deadline_reminder' | 'result_expiring';

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
  rejection?: { reason: RejectionReason; comment?: string };
  readyAt?: number;
  issuedAt?: number;
  /** Paper at an office: the last day it is kept for pickup. */
  pickupDeadline?: number;
  /** Electronic result: valid until. */
  validUntil?: number;
  /** Post: stages so far. */
  tracking: { at: number; stage: 'handed_over' | 'in_transit' | 'arrived' | 'delivered' }[];
  /** Notifications whose moment has come. */
  notices: DueNotice[];
  /** The next moment something changes by itself, if anything will. */
  next?: number;
}

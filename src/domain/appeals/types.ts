// An appeal's event log and computed state. The log holds only what people did (the clerk, the
// citizen); what the simulated department does by itself is recomputed from the scenario, the seed and
// the clock, so the state at any moment is a pure function of (appeal, events, now).
import * as v from 'valibot';
import { printableStep, stripInvisibleStep } from '../documentText';
import type { Priority, Term } from './kinds';

import { APPEAL_STATUSES, type AppealStatus } from './statuses';
export { APPEAL_STATUSES, type AppealStatus };

/** Before processing starts the citizen may edit freely. */
export const EDITABLE_STATUSES: readonly AppealStatus[] = ['sent', 'accepted'];
/** The department has finished (or failed to finish) its work: no term runs any more. */
export const FINISHED_STATUSES: readonly AppealStatus[] = ['answered', 'refused', 'unprocessed', 'closed'];
/** «Отправить повторно» is offered after these. */
export const RESENDABLE_STATUSES: readonly AppealStatus[] = ['refused', 'unprocessed'];

export const APPEAL_SCENARIOS = ['answered', 'documents_requested', 'extended', 'refused', 'overdue', 'manual'] as const;
export type AppealScenario = (typeof APPEAL_SCENARIOS)[number];

export const REFUSAL_REASONS = ['not_in_competence', 'no_subject', 'abusive', 'duplicate', 'no_materials'] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

export const OUTCOMES = ['done', 'declined', 'clarify'] as const;
export type Outcome = (typeof OUTCOMES)[number];

const Comment = v.optional(v.pipe(v.string(), v.trim(), v.maxLength(1000, 'too_long')));
/** What a clerk writes reaches the answer's PDF: the document-text rules strip the invisible and refuse the unprintable. */
const Text = (min: number, max: number) =>
  v.pipe(v.string('required'), stripInvisibleStep(), v.trim(), v.minLength(min, 'too_short'), v.maxLength(max, 'too_long'), printableStep());

export const AnswerSchema = v.object({
  outcome: v.picklist(OUTCOMES, 'required'),
  /** The department's numeric result code (its own register of outcomes). An empty field is named as such. */
  code: v.pipe(
    v.unknown(),
    v.check((value) => value !== undefined && value !== '', 'required'),
    v.number('invalid_value'),
    v.integer('invalid_value'),
    v.minValue(100, 'invalid_value'),
    v.maxValue(999, 'invalid_value'),
  ),
  explanation: Text(10, 5000),
  nextSteps: Text(3, 2000),
  executor: v.object({
    name: Text(5, 120),
    position: Text(3, 120),
    phone: v.pipe(v.string('required'), v.trim(), v.regex(/^\+7 \d{3} \d{3}-\d{2}-\d{2}$/, 'phone_format')),
  }),
  /** Names of the files the department attaches to its answer. */
  attachments: v.optional(v.array(v.pipe(v.string(), v.maxLength(200))), []),
});
export type Answer = v.InferOutput<typeof AnswerSchema>;

/** What a clerk may do to an appeal from the operator console. */
export const ClerkActionSchema = v.variant('action', [
  v.object({ action: v.literal('accept'), comment: Comment }),
  v.object({ action: v.literal('request_documents'), documents: Text(3, 500), comment: Comment }),
  v.object({ action: v.literal('extend'), reason: Text(3, 500) }),
  v.object({ action: v.literal('review'), comment: Comment }),
  v.object({ action: v.literal('answer'), answer: AnswerSchema }),
  v.object({ action: v.literal('refuse'), reason: v.picklist(REFUSAL_REASONS, 'required'), comment: Comment }),
  v.object({ action: v.literal('close'), comment: Comment }),
]);
export type ClerkAction = v.InferOutput<typeof ClerkActionSchema>;

export type AppealEvent =
  | { type: 'clerk'; at: number; clerk: string; act: ClerkAction }
  /** The citizen added materials or corrected the text while documents were awaited. */
  | { type: 'materials'; at: number; comment: string; files: string[] }
  /** The citizen edited the appeal before processing started. */
  | { type: 'edit'; at: number }
  /** «Повторный запрос» after 48 hours without change. */
  | { type: 'repeat'; at: number; escalate: boolean }
  /** «Завершить» (for support: «Вопрос решён»): the citizen closed it. */
  | { type: 'close'; at: number }
  /** Support: the answer did not solve it; the work starts again with a fresh term. */
  | { type: 'reopen'; at: number; comment: string }
  /** Support: «Обратный звонок» at a chosen moment, to the phone given. */
  | { type: 'callback'; at: number; callAt: number; phone: string };

export type TimelineNote =
  | 'sent'
  | 'registered'
  | 'processing'
  | 'expert_review'
  | 'documents_requested'
  | 'materials_added'
  | 'resumed'
  | 'edited'
  | 'repeat'
  | 'escalated'
  | 'extended'
  | 'answered'
  | 'refused'
  | 'unprocessed'
  | 'closed'
  | 'auto_closed'
  | 'reopened'
  | 'callback_requested'
  | 'callback_made';

export interface TimelineEntry {
  at: number;
  status: AppealStatus;
  note: TimelineNote;
  /** The clerk who acted, when a person did. */
  by?: string;
  comment?: string;
}

export interface AppealInputFacts {
  id: string;
  number: string;
  sentAt: number;
  scenario: AppealScenario;
  seed: string;
  /** The term that applies (the kind's, or its short one), the extension it allows and the warning. */
  term: Term;
  extension?: Term;
  warnBefore: Term;
  firstReaction: Term;
  priority: Priority;
  /** A support request: may be reopened and calls back. */
  support?: boolean;
}

export type AppealNoticeKind = 'sent' | 'status' | 'documents' | 'extended' | 'answered' | 'warning' | 'breach' | 'call';

export interface AppealNotice {
  key: string;
  kind: AppealNoticeKind;
  at: number;
  params: Record<string, string | number>;
}

export interface AppealState {
  status: AppealStatus;
  timeline: TimelineEntry[];
  priority: Priority;
  escalated: boolean;
  /** «Ответ не позднее»: the term's end with extension and pauses so far. */
  deadline: number;
  firstReactionDue: number;
  registeredAt?: number;
  /** The first reaction came late (or has not come and is late). */
  reactionLate: boolean;
  /** Documents awaited since, while the term is paused. */
  pausedSince?: number;
  request?: { at: number; documents: string; comment?: string; by: string };
  extension?: { at: number; reason: string; by: string };
  answer?: Answer & { at: number; by: string; late: boolean };
  refusal?: { at: number; reason: RefusalReason; comment?: string; by: string };
  /** The clerk was warned that the term ends soon. */
  warnedAt?: number;
  /** The term passed without an answer. */
  breachedAt?: number;
  specialist?: string;
  /** When the citizen last saw anything change (for «Повторный запрос» after 48 hours). */
  lastChangeAt: number;
  closedAt?: number;
  /** Support: when the citizen last reopened it; its term counts from here. */
  reopenedAt?: number;
  /** Support: callbacks asked for, and when each was made. */
  callbacks?: { requestedAt: number; callAt: number; phone: string; doneAt?: number }[];
  /** A support request (set from the facts, so the rules know what the citizen may do). */
  support?: boolean;
  /** Five years after it finished: out of the working list, still kept and readable (DOMAIN §7). */
  archivedAt?: number;
  notices: AppealNotice[];
  /** The next moment the story moves by itself, if it will. */
  next?: number;
}

// An appeal as its owner sees it (and as the device mirrors it): what was sent, the story so far, the
// answer, who opened it at the department, and what the citizen may do now. Never the seed or the log.
import * as v from 'valibot';
import { SupportCategorySchema } from '../support/supportCategorySchema';
import { APPEAL_TYPES, PRIORITIES, TOPICS } from './kinds';
import { AnswerSchema, APPEAL_STATUSES, REFUSAL_REASONS } from './types';
import { StarsSchema } from '../rating';

export const RATING_CRITERIA = ['timeliness', 'clarity', 'completeness', 'courtesy'] as const;
export type RatingCriterion = (typeof RATING_CRITERIA)[number];
const Score = StarsSchema;
export const RatingSchema = v.object({
  scores: v.object({ timeliness: Score, clarity: Score, completeness: Score, courtesy: Score }),
  comment: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(2000, 'too_long'))),
});
export type Rating = v.InferOutput<typeof RatingSchema>;
/** A mean score at or below this offers escalation to a senior specialist. */
export const LOW_RATING = 2.5;

const FileSchema = v.object({
  name: v.string(),
  size: v.number(),
  sha256: v.string(),
  screenshot: v.boolean(),
  at: v.number(),
  stage: v.picklist(['sent', 'materials']),
});
const TimelineSchema = v.object({
  at: v.number(),
  status: v.picklist(APPEAL_STATUSES),
  note: v.string(),
  by: v.optional(v.string()),
  comment: v.optional(v.string()),
});
export const CITIZEN_ACTIONS = ['edit', 'materials', 'repeat', 'reopen', 'callback', 'close', 'resend', 'rate'] as const;

export const AppealViewSchema = v.object({
  id: v.string(),
  number: v.string(),
  type: v.picklist(APPEAL_TYPES),
  topic: v.picklist(TOPICS),
  serviceId: v.optional(v.string()),
  subject: v.string(),
  description: v.string(),
  incidentAt: v.optional(v.number()),
  relatedNumber: v.optional(v.string()),
  grounds: v.optional(v.string()),
  priority: v.picklist(PRIORITIES),
  category: v.optional(SupportCategorySchema),
  wanted: v.optional(v.string()),
  tried: v.optional(v.string()),
  reopenedAt: v.optional(v.number()),
  callbacks: v.optional(v.array(v.object({ requestedAt: v.number(), callAt: v.number(), phone: v.string(), doneAt: v.optional(v.number()) }))),
  contacts: v.object({ name: v.string(), phone: v.string(), email: v.string(), address: v.optional(v.string()) }),
  files: v.array(FileSchema),
  signed: v.boolean(),
  resendOf: v.optional(v.object({ id: v.string(), number: v.string() })),
  status: v.picklist(APPEAL_STATUSES),
  sentAt: v.number(),
  updatedAt: v.number(),
  deadline: v.number(),
  law: v.string(),
  registeredAt: v.optional(v.number()),
  reactionLate: v.boolean(),
  pausedSince: v.optional(v.number()),
  warnedAt: v.optional(v.number()),
  breachedAt: v.optional(v.number()),
  escalated: v.boolean(),
  specialist: v.optional(v.string()),
  timeline: v.array(TimelineSchema),
  request: v.optional(v.object({ at: v.number(), documents: v.string(), comment: v.optional(v.string()), by: v.string() })),
  extension: v.optional(v.object({ at: v.number(), reason: v.string(), by: v.string() })),
  answer: v.optional(v.intersect([AnswerSchema, v.object({ at: v.number(), by: v.string(), late: v.boolean() })])),
  refusal: v.optional(v.object({ at: v.number(), reason: v.picklist(REFUSAL_REASONS), comment: v.optional(v.string()), by: v.string() })),
  materials: v.array(v.object({ at: v.number(), comment: v.string(), files: v.array(v.string()) })),
  access: v.array(v.object({ at: v.number(), clerk: v.string(), reason: v.string() })),
  rating: v.optional(v.intersect([RatingSchema, v.object({ at: v.number() })])),
  closedAt: v.optional(v.number()),
  /** Moved to the archive (five years after it finished): listed only when the archive is asked for. */
  archivedAt: v.optional(v.number()),
  /** What the owner may do now. */
  actions: v.array(v.picklist(CITIZEN_ACTIONS)),
  /** The simulated moment of the answer, for countdowns. */
  asOf: v.number(),
});
export type AppealView = v.InferOutput<typeof AppealViewSchema>;
export const AppealListSchema = v.object({ appeals: v.array(AppealViewSchema), asOf: v.number() });

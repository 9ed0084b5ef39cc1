// Answers of the operator console (cases, appeals, the office's day, the citizen's log of what the
// operator did): declared once, read by the contract and the console pages.
import * as v from 'valibot';
import { ApplicationViewSchema } from '../application';
import { AppealViewSchema } from '../appeals/view';
import { ClerkActionSchema } from '../appeals/types';
import { OperatorActionSchema, type OperatorAction } from '../lifecycle/types';

export type ActionName = OperatorAction['action'];
export const ACTION_NAMES = OperatorActionSchema.options.map((option) => option.entries.action.literal) as ActionName[];
export const OperatorCaseSchema = v.object({
  ...ApplicationViewSchema.entries,
  applicant: v.string(),
  actions: v.array(v.picklist(ACTION_NAMES)),
  /** The signed electronic document of the case, once issued. */
  document: v.optional(v.object({ number: v.string(), revokedAt: v.optional(v.number()) })),
});
export type OperatorCase = v.InferOutput<typeof OperatorCaseSchema>;
export const OperatorQueueSchema = v.object({ total: v.number(), cases: v.array(OperatorCaseSchema) });
export const OperatorLogEntrySchema = v.object({
  at: v.number(),
  action: v.string(),
  caseId: v.optional(v.string()),
  caseNumber: v.optional(v.string()),
  detail: v.optional(v.string()),
});

const CLERK_ACTIONS = ClerkActionSchema.options.map((option) => option.entries.action.literal);
export const ConsoleAppealSchema = v.object({
  ...AppealViewSchema.entries,
  applicant: v.string(),
  scenario: v.string(),
  clerkActions: v.array(v.picklist(CLERK_ACTIONS)),
});
export type ConsoleAppeal = v.InferOutput<typeof ConsoleAppealSchema>;
export const AppealQueueSchema = v.object({ total: v.number(), appeals: v.array(ConsoleAppealSchema) });

export const CancelledCountSchema = v.object({ cancelled: v.number() });
export { AvailabilitySchema, OfficeDaySchema } from '../offices/officeAnswers';

// Answers of the mock backend that had no shared schema yet (the page checked some of them with schemas of
// its own): declared once here, so the contract, the server's check and the page read the same shape.
import * as v from 'valibot';
import { ApplicationViewSchema } from './application';
import { AppealViewSchema } from './appeals/view';
import { ClerkActionSchema } from './appeals/types';
import { AnswerDataSchema } from './appeals/answerDocument';
import { CertifiedViewSchema, VERDICTS } from './certificate';
import { OperatorActionSchema } from './lifecycle/types';
import { ScenarioSchema } from './scenario';
import { FaultMatrixSchema } from './faultMatrix';

export const HealthSchema = v.object({ status: v.literal('ok'), server: v.string(), version: v.string(), now: v.string() });
export const VerifiedSchema = v.object({ verified: v.literal(true) });
export const ResetDoneSchema = v.object({ reset: v.literal(true) });
export const SignedOutSchema = v.object({ signedOut: v.literal(true) });
export const PinStateSchema = v.object({ set: v.boolean() });
export const StaffSessionSchema = v.object({ ok: v.literal(true), token: v.string(), expiresAt: v.number() });
export const ScenarioSettingsSchema = v.object({ scenario: ScenarioSchema, seed: v.string() });
export const SeedResultSchema = v.object({ phone: v.string(), email: v.string(), password: v.string(), cases: v.number(), created: v.boolean() });
export const WorldSchema = v.looseObject({ world: v.string() });
export const AppealScenarioSettingSchema = v.object({ scenario: v.string() });
export const FaultMatrixViewSchema = v.object({ ...FaultMatrixSchema.entries, draws: v.number() });
export const JournalEntrySchema = v.object({
  id: v.number(),
  /** Simulated time of the request (ms). */
  at: v.number(),
  method: v.string(),
  path: v.string(),
  /** Query string without the leading «?», when there was one. */
  query: v.optional(v.string()),
  /** 0 when a simulated network error answered. */
  status: v.number(),
  /** Real time the backend took (ms), simulated latency included. */
  durationMs: v.number(),
  /** The scenario header, when the caller sent one. */
  scenario: v.optional(v.string()),
  /** The matrix rule that applied, as "route → failure" (or latency only), and the draw number. */
  fault: v.optional(v.string()),
  draw: v.optional(v.number()),
});
export const ChallengeSchema = v.object({ challenge: v.string(), expiresAt: v.number() });
export const AuthorityKeySchema = v.object({ jwk: v.record(v.string(), v.unknown()), keyId: v.string() });
export const CaseResultSchema = v.object({ data: v.string(), signature: v.string(), qr: v.string(), number: v.string(), keyId: v.string() });
export const SignedAnswerSchema = v.looseObject({ json: v.string(), xml: v.string(), keyId: v.string() });
export const VerifyResultSchema = v.object({ verdict: v.picklist(VERDICTS), certificate: v.optional(CertifiedViewSchema), answer: v.optional(AnswerDataSchema) });
export const OperatorLogEntrySchema = v.object({ at: v.number(), action: v.string(), caseId: v.string(), caseNumber: v.string(), detail: v.optional(v.string()) });
export const CancelledCountSchema = v.object({ cancelled: v.number() });

const ACTION_NAMES = OperatorActionSchema.options.map((option) => option.entries.action.literal);
export const OperatorCaseSchema = v.object({
  ...ApplicationViewSchema.entries,
  applicant: v.string(),
  actions: v.array(v.picklist(ACTION_NAMES)),
  /** The signed electronic document of the case, once issued. */
  document: v.optional(v.object({ number: v.string(), revokedAt: v.optional(v.number()) })),
});
export const OperatorQueueSchema = v.object({ total: v.number(), cases: v.array(OperatorCaseSchema) });

const CLERK_ACTIONS = ClerkActionSchema.options.map((option) => option.entries.action.literal);
export const ConsoleAppealSchema = v.object({ ...AppealViewSchema.entries, applicant: v.string(), scenario: v.string(), clerkActions: v.array(v.picklist(CLERK_ACTIONS)) });
export const AppealQueueSchema = v.object({ total: v.number(), appeals: v.array(ConsoleAppealSchema) });

export { AvailabilitySchema, OfficeDaySchema } from './offices/officeAnswers';

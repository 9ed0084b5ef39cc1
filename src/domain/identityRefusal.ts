// Why the department can refuse a passport scan with a selfie (issue 19.15), as data: each reason says
// what the citizen does next — put «Мои данные» right, or take a better scan — before uploading again.
// The page, the operator console, the simulated department and the QA scenario all read this list.
import * as v from 'valibot';

export const IDENTITY_REFUSAL_REASONS = {
  /** The scan shows other data than the profile (name, birth date, passport number). */
  data_mismatch: { next: 'fix_profile' },
  /** The scan or the selfie cannot be read: blurred, cut off, glare on the photo page. */
  bad_quality: { next: 'rescan' },
} as const satisfies Record<string, { next: 'fix_profile' | 'rescan' }>;

export type IdentityRefusalReason = keyof typeof IDENTITY_REFUSAL_REASONS;
export const IdentityRefusalReasonSchema = v.picklist(Object.keys(IDENTITY_REFUSAL_REASONS) as [IdentityRefusalReason, ...IdentityRefusalReason[]]);

/**
 * How the simulated department answers new scans: approve when the check time has passed, refuse with
 * a reason, or wait for the operator console («manual»). Each scan keeps the story it was sent under.
 */
export const IDENTITY_SCENARIOS = ['approve', 'manual', ...Object.keys(IDENTITY_REFUSAL_REASONS).map((r) => `refused:${r}`)] as [string, ...string[]];
export const IdentityScenarioSchema = v.picklist(IDENTITY_SCENARIOS);
export type IdentityScenario = v.InferOutput<typeof IdentityScenarioSchema>;
export const IdentityScenarioSettingSchema = v.object({ scenario: IdentityScenarioSchema });

/** The refusal a scenario plays, or null when it approves or waits for a person. */
export function scenarioRefusal(scenario: string): IdentityRefusalReason | null {
  const reason = scenario.startsWith('refused:') ? scenario.slice('refused:'.length) : '';
  return v.is(IdentityRefusalReasonSchema, reason) ? reason : null;
}

/** One scan sent for checking and what became of it; the history keeps every attempt. */
export const IdentityAttemptSchema = v.object({
  submittedAt: v.number(),
  dueAt: v.number(),
  outcome: v.picklist(['pending', 'approved', 'refused']),
  decidedAt: v.optional(v.number()),
  reason: v.optional(IdentityRefusalReasonSchema),
  /** Who decided: the simulated department on its own, or a clerk in the operator console. */
  by: v.optional(v.picklist(['department', 'operator'])),
});
export type IdentityAttempt = v.InferOutput<typeof IdentityAttemptSchema>;

/** The operator console's decision on a waiting scan. */
export const IdentityDecisionSchema = v.variant('decision', [
  v.object({ decision: v.literal('approve') }),
  v.object({ decision: v.literal('refuse'), reason: IdentityRefusalReasonSchema }),
]);
export type IdentityDecision = v.InferOutput<typeof IdentityDecisionSchema>;

/** A scan waiting in the operator console: whose, what the profile says, since when. */
export const PendingScanSchema = v.object({
  accountId: v.string(),
  name: v.string(),
  birthDate: v.string(),
  passport: v.string(),
  submittedAt: v.number(),
  dueAt: v.number(),
  attempt: v.number(),
});
export const PendingScansSchema = v.object({ scans: v.array(PendingScanSchema) });
export type PendingScan = v.InferOutput<typeof PendingScanSchema>;

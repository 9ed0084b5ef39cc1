// Names of the stories the simulated department can play for a case; the lifecycle engine interprets them.
import * as v from 'valibot';

export const REJECTION_REASONS = ['documents_missing', 'data_mismatch', 'address_not_in_registry', 'rules_broken', 'technical_failure'] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];
export const isRejectionReason = (value: unknown): value is RejectionReason => (REJECTION_REASONS as readonly unknown[]).includes(value);

export const ScenarioSchema = v.union([
  v.picklist(['random', 'happy', 'documents_requested', 'slow', 'technical_failure', 'manual']),
  v.pipe(v.string(), v.regex(new RegExp(`^rejected:(${REJECTION_REASONS.join('|')})$`), 'Unknown scenario')),
]);
export type Scenario = v.InferOutput<typeof ScenarioSchema>;

export const SCENARIO_HEADER = 'X-Okno-Scenario';

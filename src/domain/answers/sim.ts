// Answers of the simulator's control surface (/api/_sim, /api/health): declared once, read by the
// contract, the server and the demo page alike.
import * as v from 'valibot';
import { ScenarioSchema } from '../scenario';
import { FaultMatrixSchema } from '../faultMatrix';

export const HealthSchema = v.object({ status: v.literal('ok'), server: v.string(), version: v.string(), now: v.string() });
export const ResetDoneSchema = v.object({ reset: v.literal(true) });
export const PinStateSchema = v.object({ set: v.boolean() });
export const StaffSessionSchema = v.object({ ok: v.literal(true), token: v.string(), expiresAt: v.number() });
export const ScenarioSettingsSchema = v.object({ scenario: ScenarioSchema, seed: v.string() });
/** What POST /api/_sim/seed answers; `created` is false when the demo citizen already existed. */
export const SeedResultSchema = v.object({ phone: v.string(), email: v.string(), password: v.string(), cases: v.number(), created: v.boolean() });
export type SeedResult = v.InferOutput<typeof SeedResultSchema>;
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

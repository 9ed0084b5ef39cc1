// The demo page's calls for demo data and the default scenario of new cases (/api/_sim/seed, /scenario).
import * as v from 'valibot';
import { apiGet, apiPost } from '../../client/api';
import { ScenarioSchema, type Scenario } from '../../domain/scenario';

/** What POST /api/_sim/seed answers; `created` is false when the demo citizen already existed. */
export const SeedResultSchema = v.object({
  phone: v.string(),
  email: v.string(),
  password: v.string(),
  cases: v.number(),
  created: v.boolean(),
});
export type SeedResult = v.InferOutput<typeof SeedResultSchema>;

/** The same limits the server puts on the seed. */
export const SEED_MAX_LENGTH = 40;
export const SeedSchema = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(SEED_MAX_LENGTH));

export const ScenarioSettingsSchema = v.object({ scenario: ScenarioSchema, seed: v.string() });
export type ScenarioSettings = v.InferOutput<typeof ScenarioSettingsSchema>;

export const seedDemoData = () => apiPost('/_sim/seed', {}, SeedResultSchema);
export const readScenario = () => apiGet('/_sim/scenario', ScenarioSettingsSchema);
export const changeScenario = (patch: { scenario?: Scenario; seed?: string }) => apiPost('/_sim/scenario', patch, ScenarioSettingsSchema);

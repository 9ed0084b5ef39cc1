// The demo page's calls for demo data and the default scenario of new cases (/api/_sim/seed, /scenario).
import * as v from 'valibot';
import { apiGet, apiPost } from '../../client/api';
import { ScenarioSettingsSchema, SeedResultSchema } from '../../domain/answers/sim';
import type { Scenario } from '../../domain/scenario';

export type { SeedResult } from '../../domain/answers/sim';

/** The same limits the server puts on the seed. */
export const SEED_MAX_LENGTH = 40;
export const SeedSchema = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(SEED_MAX_LENGTH));

export { ScenarioSettingsSchema };

export const seedDemoData = () => apiPost('/_sim/seed', {}, SeedResultSchema);
export const readScenario = () => apiGet('/_sim/scenario', ScenarioSettingsSchema);
export const changeScenario = (patch: { scenario?: Scenario; seed?: string }) => apiPost('/_sim/scenario', patch, ScenarioSettingsSchema);

// Fault injection settings for the simulated department systems, shared by the demo page and the server.
import * as v from 'valibot';

export const MAX_LATENCY_MS = 30_000;

export const FaultsSchema = v.object({
  /** Added to every API answer except the /api/_sim control surface. */
  latencyMs: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_LATENCY_MS)),
  /** Share of API requests (0..1) answered with a simulated server failure. */
  errorRate: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  /** While true every API request except the control surface gets 503. */
  outage: v.boolean(),
});
export type Faults = v.InferOutput<typeof FaultsSchema>;

export const NO_FAULTS: Faults = { latencyMs: 0, errorRate: 0, outage: false };

export const FaultsPatchSchema = v.partial(FaultsSchema);

// QA's fault matrix: per route pattern, a latency and/or a failure, each taken with a probability drawn
// from a seeded source, so a failing run replays with the same seed. Pure: the router applies it.
import * as v from 'valibot';
import { MAX_LATENCY_MS } from './faults';
import { seededRandom } from './seededRandom';

/** Longest a «hang» holds a request (ms) before it gives up with 504; clearing the rule frees it sooner. */
export const MAX_HANG_MS = 300_000;

const Ms = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_LATENCY_MS));

export const LatencySchema = v.variant('kind', [
  v.object({ kind: v.literal('fixed'), ms: Ms }),
  v.object({ kind: v.literal('uniform'), minMs: Ms, maxMs: Ms }),
  /** Log-normal around a median: most answers near it, a long tail of slow ones (cut at maxMs). */
  v.object({ kind: v.literal('lognormal'), medianMs: Ms, sigma: v.pipe(v.number(), v.minValue(0), v.maxValue(3)), maxMs: v.optional(Ms) }),
]);
export type Latency = v.InferOutput<typeof LatencySchema>;

export const FailureSchema = v.variant('kind', [
  /** An HTTP error in the API's error shape; Retry-After (seconds) when given. */
  v.object({
    kind: v.literal('status'),
    status: v.pipe(v.number(), v.integer(), v.minValue(400), v.maxValue(599)),
    retryAfterS: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(86_400))),
  }),
  /** The request fails as if the network dropped (fetch rejects with a TypeError). */
  v.object({ kind: v.literal('network') }),
  /** The handler runs, then its body is replaced by text that is not JSON. */
  v.object({ kind: v.literal('malformed') }),
  /** The handler runs, then its body is cut in half. */
  v.object({ kind: v.literal('truncated') }),
  /** No answer until the rule is cleared (then the request runs) or MAX_HANG_MS passes (504). */
  v.object({ kind: v.literal('hang') }),
]);
export type Failure = v.InferOutput<typeof FailureSchema>;

export const FaultRuleSchema = v.pipe(
  v.object({
    /** "METHOD /api/path" or "/api/path"; `*` matches one path segment, a trailing `**` the rest. */
    route: v.pipe(v.string(), v.regex(/^(?:(?:GET|POST|PUT|PATCH|DELETE|\*) )?\/api\/\S*$/, 'A route looks like "POST /api/applications/*"')),
    /** Share of matching requests (0..1) the rule takes; 1 when omitted. */
    probability: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1)), 1),
    latency: v.optional(LatencySchema),
    failure: v.optional(FailureSchema),
  }),
  v.check((rule) => rule.latency !== undefined || rule.failure !== undefined, 'Give a latency, a failure or both'),
);
export type FaultRule = v.InferOutput<typeof FaultRuleSchema>;

export const FaultMatrixSchema = v.object({
  rules: v.pipe(v.array(FaultRuleSchema), v.maxLength(50)),
  /** Seeds the draws; the same seed and the same requests in the same order give the same faults. */
  seed: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(80)), 'okno'),
});
export type FaultMatrix = v.InferOutput<typeof FaultMatrixSchema>;

export const EMPTY_MATRIX: FaultMatrix = { rules: [], seed: 'okno' };

function routePattern(route: string): { method: string; path: RegExp } {
  const [first = '', second] = route.split(' ');
  const method = second === undefined ? '*' : first;
  const path = second ?? first;
  const source = path
    .split('/')
    .map((part) => (part === '**' ? '.*' : part === '*' ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return { method, path: new RegExp(`^${source}/?$`) };
}

export function ruleMatches(rule: FaultRule, method: string, path: string): boolean {
  const pattern = routePattern(rule.route);
  return (pattern.method === '*' || pattern.method === method) && pattern.path.test(path);
}

/** The draw for request number `draw` under `seed`: one number per request, the same in every run. */
export function drawFor(seed: string, draw: number): () => number {
  return seededRandom(`${seed}:${draw}`);
}

export function latencyMs(latency: Latency, random: () => number): number {
  switch (latency.kind) {
    case 'fixed':
      return latency.ms;
    case 'uniform':
      return Math.round(Math.min(latency.minMs, latency.maxMs) + random() * Math.abs(latency.maxMs - latency.minMs));
    case 'lognormal': {
      // Box–Muller; 1 - random() keeps log() away from zero.
      const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
      const ms = latency.medianMs * Math.exp(latency.sigma * normal);
      return Math.round(Math.min(ms, latency.maxMs ?? MAX_LATENCY_MS));
    }
  }
}

export interface FaultDecision {
  rule: FaultRule;
  latencyMs: number;
  failure: Failure | undefined;
}

/** The first matching rule that the draw takes, with its latency drawn; null when none applies. */
export function decideFault(rules: readonly FaultRule[], method: string, path: string, random: () => number): FaultDecision | null {
  for (const rule of rules) {
    if (!ruleMatches(rule, method, path)) continue;
    if (random() >= rule.probability) continue;
    return { rule, latencyMs: rule.latency ? latencyMs(rule.latency, random) : 0, failure: rule.failure };
  }
  return null;
}

// Applies QA's fault matrix (domain/faultMatrix.ts) around a handler: draws from the seeded source,
// waits the drawn latency, fails or hangs, or spoils the handler's answer. The draw counter is stored,
// so a replay with the same seed and the same requests takes the same faults.
import * as v from 'valibot';
import {
  decideFault,
  drawFor,
  EMPTY_MATRIX,
  FaultMatrixSchema,
  MAX_HANG_MS,
  ruleMatches,
  type FaultDecision,
  type FaultMatrix,
  type FaultRule,
} from '../domain/faultMatrix';
import type { ServerDb } from './db';
import { ApiError, errorResponse } from './http';
import type { ServerEnv } from './router';

const MATRIX_KEY = 'faultMatrix';
const DRAWS_KEY = 'faultDraws';
/** How often a hanging request looks whether its rule was cleared (ms). */
const HANG_POLL_MS = 500;

export async function readMatrix(db: ServerDb): Promise<FaultMatrix> {
  const parsed = v.safeParse(FaultMatrixSchema, (await db.settings.get(MATRIX_KEY))?.value);
  return parsed.success ? parsed.output : EMPTY_MATRIX;
}

export async function readDraws(db: ServerDb): Promise<number> {
  const value = (await db.settings.get(DRAWS_KEY))?.value;
  return typeof value === 'number' ? value : 0;
}

/** A new matrix starts its draws from zero, so the same seed replays from the first request. */
export async function writeMatrix(db: ServerDb, matrix: FaultMatrix): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    await db.settings.put({ key: MATRIX_KEY, value: matrix });
    await db.settings.put({ key: DRAWS_KEY, value: 0 });
  });
}

export interface MatrixOutcome {
  decision: FaultDecision;
  draw: number;
}

/**
 * The fault this request takes, if any. Only a request some rule matches uses up a draw: the page's
 * background polling (the change feed), timed by real time, must not shift the draws of a replay.
 */
export async function drawFault(db: ServerDb, method: string, path: string): Promise<MatrixOutcome | null> {
  const matrix = await readMatrix(db);
  if (!matrix.rules.some((rule) => ruleMatches(rule, method, path))) return null;
  const draw = await db.transaction('rw', db.settings, async () => {
    const n = await readDraws(db);
    await db.settings.put({ key: DRAWS_KEY, value: n + 1 });
    return n;
  });
  const decision = decideFault(matrix.rules, method, path, drawFor(matrix.seed, draw));
  return decision ? { decision, draw } : null;
}

const sameRule = (a: FaultRule) => (b: FaultRule) => JSON.stringify(a) === JSON.stringify(b);

/** Holds the request until its rule leaves the matrix (true) or MAX_HANG_MS passes (false). */
async function hang(env: ServerEnv, rule: FaultRule): Promise<boolean> {
  for (let waited = 0; waited < MAX_HANG_MS; waited += HANG_POLL_MS) {
    await env.sleep(HANG_POLL_MS);
    if (!(await readMatrix(env.db)).rules.some(sameRule(rule))) return true;
  }
  return false;
}

/**
 * What happens before the handler: latency, then a failure that answers instead of it (a Response), or
 * null to run it. A hang that was released runs the handler as if nothing happened.
 */
export async function beforeHandler(env: ServerEnv, { decision }: MatrixOutcome, request: Request): Promise<Response | null> {
  if (decision.latencyMs > 0) await env.sleep(decision.latencyMs);
  const failure = decision.failure;
  if (!failure) return null;
  switch (failure.kind) {
    case 'status': {
      const response = errorResponse(new ApiError(failure.status, 'simulated_failure', `Simulated HTTP ${failure.status} (fault matrix)`), request);
      if (failure.retryAfterS !== undefined) response.headers.set('Retry-After', String(failure.retryAfterS));
      return response;
    }
    case 'network':
      return Response.error();
    case 'hang':
      return (await hang(env, decision.rule))
        ? null
        : errorResponse(new ApiError(504, 'simulated_hang', 'The department systems never answered (simulated hang)'), request);
    default:
      return null;
  }
}

/** What happens after the handler: a malformed or truncated body replaces its answer. */
export async function afterHandler({ decision }: MatrixOutcome, response: Response): Promise<Response> {
  const kind = decision.failure?.kind;
  if (kind !== 'malformed' && kind !== 'truncated') return response;
  const headers = new Headers(response.headers);
  if (kind === 'malformed') return new Response('{"okno": this is not JSON', { status: response.status, headers });
  const bytes = new Uint8Array(await response.arrayBuffer());
  headers.delete('Content-Length');
  return new Response(bytes.slice(0, Math.floor(bytes.length / 2)), { status: response.status, headers });
}

/** A short label for the journal: "POST /api/x → status 503" or "… → latency". */
export function faultLabel({ decision }: MatrixOutcome): string {
  const failure = decision.failure;
  const what = failure ? (failure.kind === 'status' ? `status ${failure.status}` : failure.kind) : 'latency';
  return `${decision.rule.route} → ${what}${decision.latencyMs ? ` +${decision.latencyMs} ms` : ''}`;
}

// The mock backend's front door: matches method + path to a handler, applies simulated faults,
// reads the scenario header and the simulated clock, and turns every failure into the one error shape.
import * as v from 'valibot';
import { simNow } from '../domain/clock';
import { SCENARIO_HEADER, ScenarioSchema, type Scenario } from '../domain/scenario';
import type { Change } from '../domain/changes';
import type { ServerDb } from './db';
import { ApiError, checkBodyType, errorResponse, isQuotaError } from './http';
import { readClock, readFaults } from './simSettings';
import { recordRequest } from './journal';
import { afterHandler, beforeHandler, drawFault, faultLabel, type MatrixOutcome } from './matrixFaults';

export interface ServerEnv {
  db: ServerDb;
  /** Tells the open pages that something changed ({type: 'changed'}). */
  notify: () => void | Promise<void>;
  realNow: () => number;
  random: () => number;
  sleep: (ms: number) => Promise<void>;
  /** Shows a system notification, where the platform and the user allow it. */
  push?: (notice: { title: string; body: string; url: string; tag: string }) => Promise<void>;
  /** The same route table without faults or journal, for handlers that build on other routes (QA's worlds). */
  inner?: (request: Request) => Promise<Response>;
}

export interface RequestContext {
  request: Request;
  url: URL;
  params: Record<string, string>;
  env: ServerEnv;
  db: ServerDb;
  /** Simulated time of this request (ms). */
  now: number;
  /** From the X-Okno-Scenario header, when the caller set one. */
  scenario: Scenario | null;
  /**
   * Logs a change for /api/changes; call it inside the handler's transaction (over `changes`). Name the
   * owner: only they are told. Without one the change is everyone's (the clock), and the feed still
   * attaches a row only for its owner (see feed/feedEntities.ts).
   */
  recordChange: (entity: string, id: string, op: Change['op'], accountId?: string) => Promise<void>;
}

export type Handler = (ctx: RequestContext) => Response | Promise<Response>;
/**
 * Cross-cutting work run before every handler once faults have passed (e.g. bringing the simulated
 * departments up to the simulated now), so no handler has to remember it.
 */
export type Middleware = (ctx: RequestContext) => Promise<void>;
/** Keys look like "GET /api/cases/:id". */
export type RouteTable = Record<string, Handler>;

interface CompiledRoute {
  method: string;
  pattern: RegExp;
  names: string[];
  handler: Handler;
}

const CONTROL_PREFIX = '/api/_sim/';
/** Reading the journal is not journalled: a test's polling would push out what it looks for. */
const JOURNAL_PATH = '/api/_sim/journal';

export interface RouterOptions {
  /** Simulated faults (global and the QA matrix) and the request journal; off for the server's own inner calls. */
  faults?: boolean;
}

function compile(routes: RouteTable): CompiledRoute[] {
  return Object.entries(routes).map(([key, handler]) => {
    const [method = '', path = ''] = key.split(' ');
    const names: string[] = [];
    const source = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:(\w+)/g, (_, name: string) => {
      names.push(name);
      return '([^/]+)';
    });
    return { method, pattern: new RegExp(`^${source}/?$`), names, handler };
  });
}

function match(compiled: CompiledRoute[], method: string, path: string) {
  let pathKnown = false;
  for (const route of compiled) {
    const found = route.pattern.exec(path);
    if (!found) continue;
    pathKnown = true;
    if (route.method !== method) continue;
    return { route, params: decodeParams(route.names, found) };
  }
  if (pathKnown) throw new ApiError(405, 'method_not_allowed', `${method} is not allowed on ${path}`);
  throw new ApiError(404, 'not_found', `No API route ${method} ${path}`);
}

/** A malformed %-escape in a path is the caller's mistake (400), never a crash of the server. */
function decodeParams(names: string[], found: RegExpExecArray): Record<string, string> {
  try {
    return Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(found[i + 1] ?? '')]));
  } catch {
    throw new ApiError(400, 'bad_path', 'The path has a malformed percent-encoding');
  }
}

async function applyFaults(env: ServerEnv): Promise<void> {
  const faults = await readFaults(env.db);
  if (faults.latencyMs > 0) await env.sleep(faults.latencyMs);
  if (faults.outage) throw new ApiError(503, 'outage', 'The department systems are unavailable (simulated outage)');
  if (faults.errorRate > 0 && env.random() < faults.errorRate) {
    throw new ApiError(500, 'simulated_failure', 'The department systems failed to answer (simulated)');
  }
}

function readScenario(request: Request): Scenario | null {
  const raw = request.headers.get(SCENARIO_HEADER);
  if (raw === null || raw === '') return null;
  const parsed = v.safeParse(ScenarioSchema, raw);
  if (!parsed.success) throw new ApiError(400, 'bad_scenario', `Unknown scenario in ${SCENARIO_HEADER}: ${raw}`);
  return parsed.output;
}

export function createRouter(routes: RouteTable, env: ServerEnv, middleware: readonly Middleware[] = [], options: RouterOptions = {}) {
  const compiled = compile(routes);
  const withFaults = options.faults ?? true;
  return async function handle(request: Request): Promise<Response> {
    let changed = false;
    const startedReal = env.realNow();
    let simAt: number | undefined;
    let matrix: MatrixOutcome | null = null;
    let response: Response | undefined;
    try {
      const url = new URL(request.url);
      const { route, params } = match(compiled, request.method, url.pathname);
      checkBodyType(request);
      const faulty = withFaults && !url.pathname.startsWith(CONTROL_PREFIX);
      if (faulty) await applyFaults(env);
      if (faulty) matrix = await drawFault(env.db, request.method, url.pathname);
      const early = matrix ? await beforeHandler(env, matrix, request) : null;
      if (early) return (response = early);
      const scenario = readScenario(request);
      const now = simNow(await readClock(env.db, env.realNow()), env.realNow());
      simAt = now;
      const recordChange: RequestContext['recordChange'] = async (entity, id, op, accountId = '') => {
        await env.db.changes.add({ at: now, entity, id, op, accountId } as Change);
        changed = true;
      };
      const ctx: RequestContext = { request, url, params, env, db: env.db, now, scenario, recordChange };
      for (const step of middleware) await step(ctx);
      const answer = await route.handler(ctx);
      return (response = matrix ? await afterHandler(matrix, answer) : answer);
    } catch (error) {
      if (error instanceof ApiError) return (response = errorResponse(error, request));
      if (isQuotaError(error))
        return (response = errorResponse(new ApiError(507, 'storage_full', 'The device has no space left for the simulated departments'), request));
      console.error('okno-server: unhandled error', error);
      return (response = errorResponse(new ApiError(500, 'internal', 'The simulated server failed unexpectedly'), request));
    } finally {
      if (changed) await env.notify();
      if (withFaults) await journal(env, request, simAt, startedReal, response, matrix);
    }
  };
}

/** Writes the journal entry; swallows (and logs) its own failure, which must never change the answer. */
async function journal(
  env: ServerEnv,
  request: Request,
  simAt: number | undefined,
  startedReal: number,
  response: Response | undefined,
  matrix: MatrixOutcome | null,
): Promise<void> {
  const url = new URL(request.url);
  if (url.pathname === JOURNAL_PATH) return;
  const scenario = request.headers.get(SCENARIO_HEADER);
  try {
    await recordRequest(env.db, {
      at: simAt ?? simNow(await readClock(env.db, env.realNow()), env.realNow()),
      method: request.method,
      path: url.pathname,
      ...(url.search ? { query: url.search.slice(1) } : {}),
      status: response?.status ?? 0,
      durationMs: env.realNow() - startedReal,
      ...(scenario ? { scenario } : {}),
      ...(matrix ? { fault: faultLabel(matrix), draw: matrix.draw } : {}),
    });
  } catch (error) {
    console.warn('okno-server: the request journal was not written', error);
  }
}

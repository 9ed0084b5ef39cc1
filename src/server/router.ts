// The mock backend's front door: matches method + path to a handler, applies simulated faults,
// reads the scenario header and the simulated clock, and turns every failure into the one error shape.
import * as v from 'valibot';
import { simNow } from '../domain/clock';
import { SCENARIO_HEADER, ScenarioSchema, type Scenario } from '../domain/scenario';
import type { Change } from '../domain/changes';
import type { ServerDb } from './db';
import { ApiError, checkBodyType, errorResponse, isQuotaError } from './http';
import { readClock, readFaults } from './simSettings';

export interface ServerEnv {
  db: ServerDb;
  /** Tells the open pages that something changed ({type: 'changed'}). */
  notify: () => void | Promise<void>;
  realNow: () => number;
  random: () => number;
  sleep: (ms: number) => Promise<void>;
  /** Shows a system notification, where the platform and the user allow it. */
  push?: (notice: { title: string; body: string; url: string; tag: string }) => Promise<void>;
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

export function createRouter(routes: RouteTable, env: ServerEnv, middleware: readonly Middleware[] = []) {
  const compiled = compile(routes);
  return async function handle(request: Request): Promise<Response> {
    let changed = false;
    try {
      const url = new URL(request.url);
      const { route, params } = match(compiled, request.method, url.pathname);
      checkBodyType(request);
      if (!url.pathname.startsWith(CONTROL_PREFIX)) await applyFaults(env);
      const scenario = readScenario(request);
      const now = simNow(await readClock(env.db, env.realNow()), env.realNow());
      const recordChange: RequestContext['recordChange'] = async (entity, id, op, accountId = '') => {
        await env.db.changes.add({ at: now, entity, id, op, accountId } as Change);
        changed = true;
      };
      const ctx: RequestContext = { request, url, params, env, db: env.db, now, scenario, recordChange };
      for (const step of middleware) await step(ctx);
      return await route.handler(ctx);
    } catch (error) {
      if (error instanceof ApiError) return errorResponse(error, request);
      if (isQuotaError(error)) return errorResponse(new ApiError(507, 'storage_full', 'The device has no space left for the simulated departments'), request);
      console.error('okno-server: unhandled error', error);
      return errorResponse(new ApiError(500, 'internal', 'The simulated server failed unexpectedly'), request);
    } finally {
      if (changed) await env.notify();
    }
  };
}

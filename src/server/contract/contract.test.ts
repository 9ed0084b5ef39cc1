// Issue 16.1: the contract covers the whole route table, and every route's handler, called with a real
// Request over a world that has a case, an appeal, a paid invoice, a booking and a support chat, answers
// what its contract says (the success schema, or the error shape with a listed code).
import 'fake-indexeddb/auto';
import * as v from 'valibot';
import { afterAll, describe, expect, it } from 'vitest';
import { ROUTES } from '../app';
import { T0 } from '../testServer';
import { CONTRACT } from './contract';
import { responseViolations } from './check';
import { createWorld, walkSteps, type World, type WalkStep } from './walk';

let world: World | undefined;
afterAll(() => world?.server.close());

function requestOf(w: World, step: WalkStep): Request {
  const entry = CONTRACT[step.route]!;
  const [method = 'GET', template = '/'] = step.route.split(' ');
  const params = { ...entry.example?.params, ...step.params };
  const url = new URL(`http://localhost${template.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name] ?? 'x'))}`);
  for (const [key, value] of Object.entries(step.query ?? entry.example?.query ?? {})) url.searchParams.set(key, value);
  const who = step.as ?? (entry.caller === 'operator' ? 'operator' : 'citizen');
  const headers: Record<string, string> = who === 'citizen' ? { ...w.auth } : who === 'operator' ? { ...w.staff } : {};
  if (method === 'GET') return new Request(url, { method, headers });
  if (step.form) return new Request(url, { method, headers, body: step.form });
  if (step.bytes) return new Request(url, { method, headers: { ...headers, 'Content-Type': 'application/pdf' }, body: step.bytes as Uint8Array<ArrayBuffer> });
  const body = step.body ?? entry.example?.body ?? {};
  return new Request(url, { method, headers: { ...headers, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
}

describe('the API contract', () => {
  it('has an entry for every route of the table, and none for a route that is not there', () => {
    expect(Object.keys(ROUTES).filter((route) => !CONTRACT[route])).toEqual([]);
    expect(Object.keys(CONTRACT).filter((route) => !ROUTES[route])).toEqual([]);
  });

  it('is kept by every route: real requests over a lived-in world', async () => {
    world = await createWorld();
    const steps = walkSteps(world, T0);
    const walked = new Set<string>();
    const failures: string[] = [];
    const succeeded: string[] = [];
    const refused: string[] = [];
    for (const planned of steps) {
      const step = typeof planned === 'function' ? await planned() : planned;
      const request = requestOf(world, step);
      const response = await world.server.handle(request);
      walked.add(step.route);
      const found = await responseViolations(request.method, new URL(request.url).pathname, response);
      if (found.length) failures.push(`${step.route} → ${response.status}: ${found.join('; ')}`);
      if (response.ok) succeeded.push(step.route);
      else refused.push(`${step.route} ${response.status} ${((await response.clone().json().catch(() => ({}))) as { error?: { code?: string } }).error?.code ?? ''}`);
      if (response.ok && step.keep && response.headers.get('Content-Type')?.startsWith('application/json')) step.keep((await response.json()) as Record<string, unknown>);
    }
    expect(Object.keys(ROUTES).filter((route) => !walked.has(route)), 'routes the walk never called').toEqual([]);
    expect(failures).toEqual([]);
    console.log(`contract walk: ${walked.size} routes, ${succeeded.length} answered 2xx, the rest a documented error:\n${refused.join('\n')}`);
    // Most routes must really succeed, or the success schemas would go unchecked.
    expect(succeeded.length).toBeGreaterThanOrEqual(Math.floor(walked.size * 0.75));
  }, 120_000);

  it('refuses an answer with a field of the wrong type', async () => {
    const { contractViolations } = await import('./check');
    expect(contractViolations('GET /api/health', 200, { status: 'ok', server: 'okno-server', version: 1, now: 'x' })[0]).toMatch(/version/);
    expect(contractViolations('GET /api/me', 401, { error: { code: 'no_such_code', message: 'x' } })).toEqual(['error code no_such_code is not documented']);
    expect(v.is(v.string(), 'x')).toBe(true);
  });
});

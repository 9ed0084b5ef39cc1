// Issue 16.1: the contract covers the whole route table, and every route's handler, called with a real
// Request over a world built through the handlers themselves (see walk.ts), reaches its success answer
// and that answer matches its schema; any other answer must be in the error shape with a listed code.
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
  const headers: Record<string, string> = { ...(who === 'citizen' ? w.auth : who === 'operator' ? w.staff : {}), ...step.headers };
  if (method === 'GET') return new Request(url, { method, headers });
  if (step.form) return new Request(url, { method, headers, body: step.form });
  if (step.bytes)
    return new Request(url, { method, headers: { ...headers, 'Content-Type': 'application/pdf' }, body: step.bytes as Uint8Array<ArrayBuffer> });
  const body = step.body ?? entry.example?.body ?? {};
  return new Request(url, { method, headers: { ...headers, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
}

describe('the API contract', () => {
  it('has an entry for every route of the table, and none for a route that is not there', () => {
    expect(Object.keys(ROUTES).filter((route) => !CONTRACT[route])).toEqual([]);
    expect(Object.keys(CONTRACT).filter((route) => !ROUTES[route])).toEqual([]);
  });

  it('is kept by every route: real requests over a lived-in world, each driven to its success answer', async () => {
    world = await createWorld();
    const walked = new Set<string>();
    const succeeded = new Set<string>();
    const failures: string[] = [];
    const refused: string[] = [];
    for (const planned of walkSteps(world, T0)) {
      let step: WalkStep;
      try {
        step = typeof planned === 'function' ? await planned() : planned;
      } catch (error) {
        failures.push(String(error));
        continue;
      }
      const request = requestOf(world, step);
      const response = await world.server.handle(request);
      walked.add(step.route);
      const found = await responseViolations(request.method, new URL(request.url).pathname, response);
      if (found.length) failures.push(`${step.route} → ${response.status}: ${found.join('; ')}`);
      if (response.ok) succeeded.add(step.route);
      else
        refused.push(
          `${step.route} ${response.status} ${JSON.stringify(
            (
              (await response
                .clone()
                .json()
                .catch(() => ({}))) as { error?: unknown }
            ).error ?? '',
          )}`,
        );
      if (response.ok && step.keep && response.headers.get('Content-Type')?.startsWith('application/json'))
        step.keep((await response.json()) as Record<string, unknown>);
    }
    console.log(
      `contract walk: ${walked.size} of ${Object.keys(ROUTES).length} routes called, ${succeeded.size} answered 2xx and matched their success schema`,
    );
    if (failures.length || refused.length) console.log([...failures, ...refused].join('\n'));
    expect(
      Object.keys(ROUTES).filter((route) => !walked.has(route)),
      'routes the walk never called',
    ).toEqual([]);
    expect(failures).toEqual([]);
    // Every route has a success answer, and the walk reaches it: error paths alone would leave the
    // success schemas unchecked. (Error answers are checked by the route fuzz and each area's tests.)
    expect(refused, 'routes the walk did not drive to success').toEqual([]);
    expect(succeeded.size).toBe(Object.keys(ROUTES).length);
  }, 120_000);

  it('refuses an answer with a field of the wrong type', async () => {
    const { contractViolations } = await import('./check');
    expect(contractViolations('GET /api/health', 200, { status: 'ok', server: 'okno-server', version: 1, now: 'x' })[0]).toMatch(/version/);
    expect(contractViolations('GET /api/me', 401, { error: { code: 'no_such_code', message: 'x' } })).toEqual([
      'error code no_such_code is not documented',
    ]);
    expect(v.is(v.string(), 'x')).toBe(true);
  });
});

import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createServer } from './app';
import { ServerDb } from './db';
import { ApiErrorBodySchema } from '../domain/apiError';
import * as v from 'valibot';

const BASE = 'http://localhost/api';
const T0 = Date.parse('2026-03-02T09:00:00.000Z');

let db: ServerDb;
let realNow: number;
let notify: ReturnType<typeof vi.fn<() => void>>;
let random: () => number;
let server: ReturnType<typeof createServer>;

function send(path: string, init?: RequestInit) {
  return server(new Request(`${BASE}${path}`, init));
}
function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return send(path, { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json', ...headers } });
}
async function errorOf(response: Response) {
  return v.parse(ApiErrorBodySchema, await response.json()).error;
}

beforeEach(() => {
  db = new ServerDb(`okno-server-${crypto.randomUUID()}`);
  realNow = T0;
  notify = vi.fn<() => void>();
  random = () => 0.99;
  server = createServer({ db, notify, realNow: () => realNow, random: () => random(), sleep: async () => {} });
});
afterEach(async () => {
  await db.delete();
});

describe('router', () => {
  it('answers /api/health with the simulated time', async () => {
    const response = await send('/health');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(await response.json()).toMatchObject({ status: 'ok', server: 'okno-server', now: new Date(T0).toISOString() });
  });

  it('answers an unknown path with 404 in the error shape', async () => {
    const response = await send('/nothing-here');
    expect(response.status).toBe(404);
    expect((await errorOf(response)).code).toBe('not_found');
  });

  it('answers a known path with the wrong method with 405', async () => {
    const response = await send('/health', { method: 'DELETE' });
    expect(response.status).toBe(405);
    expect((await errorOf(response)).code).toBe('method_not_allowed');
  });

  it('refuses a body that is not JSON with 400 bad_json', async () => {
    const response = await send('/_sim/clock', { method: 'POST', body: '{oops', headers: { 'Content-Type': 'application/json' } });
    expect(response.status).toBe(400);
    expect((await errorOf(response)).code).toBe('bad_json');
    // A string body without a type is text/plain: never read as JSON (see strictApi.test.ts).
    expect((await send('/_sim/clock', { method: 'POST', body: '{}' })).status).toBe(415);
  });

  it('names each invalid field with 422 validation', async () => {
    const response = await post('/_sim/faults', { latencyMs: -5, errorRate: 2 });
    expect(response.status).toBe(422);
    const error = await errorOf(response);
    expect(error.code).toBe('validation');
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(['errorRate', 'latencyMs']);
  });

  it('refuses an unknown X-Okno-Scenario with 400 and accepts a known one', async () => {
    const bad = await send('/health', { headers: { 'X-Okno-Scenario': 'everything-burns' } });
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).code).toBe('bad_scenario');
    const good = await send('/health', { headers: { 'X-Okno-Scenario': 'rejected:data_mismatch' } });
    expect(good.status).toBe(200);
  });

  it('turns an unexpected exception into 500 internal without leaking it', async () => {
    await db.close();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken = new ServerDb(db.name);
    vi.spyOn(broken.settings, 'get').mockRejectedValue(new TypeError('disk on fire'));
    server = createServer({ db: broken, notify, realNow: () => realNow, sleep: async () => {} });
    const response = await send('/health');
    expect(response.status).toBe(500);
    const error = await errorOf(response);
    expect(error.code).toBe('internal');
    expect(error.message).not.toContain('disk on fire');
  });
});

describe('faults', () => {
  it('an outage answers 503 everywhere except the control surface', async () => {
    await post('/_sim/faults', { outage: true });
    const health = await send('/health');
    expect(health.status).toBe(503);
    expect((await errorOf(health)).code).toBe('outage');
    expect((await send('/_sim/clock')).status).toBe(200);
    await post('/_sim/faults', { outage: false });
    expect((await send('/health')).status).toBe(200);
  });

  it('the error rate fails requests whose random draw falls under it', async () => {
    await post('/_sim/faults', { errorRate: 0.5 });
    random = () => 0.2;
    expect((await send('/health')).status).toBe(500);
    random = () => 0.7;
    expect((await send('/health')).status).toBe(200);
  });

  it('latency is awaited before the answer', async () => {
    const sleep = vi.fn(async (_ms: number) => {});
    server = createServer({ db, notify, realNow: () => realNow, sleep });
    await post('/_sim/faults', { latencyMs: 1500 });
    await send('/health');
    expect(sleep).toHaveBeenCalledWith(1500);
  });

  it('faults survive a new server instance, as after the worker is stopped', async () => {
    await post('/_sim/faults', { outage: true });
    server = createServer({ db: new ServerDb(db.name), notify, realNow: () => realNow });
    expect((await send('/health')).status).toBe(503);
  });
});

describe('clock endpoints and change feed', () => {
  it('advance moves the simulated time and notifies the pages', async () => {
    const response = await post('/_sim/clock', { advanceMs: 86_400_000 });
    expect(await response.json()).toMatchObject({ nowMs: T0 + 86_400_000, speed: 1 });
    expect(notify).toHaveBeenCalledTimes(1);
    realNow += 1000;
    expect(await (await send('/_sim/clock')).json()).toMatchObject({ nowMs: T0 + 86_400_000 + 1000 });
  });
});

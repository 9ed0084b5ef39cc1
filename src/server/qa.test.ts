// The QA fault matrix and request journal, driven with real Requests as a Playwright suite drives them.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServer } from './app';
import { ServerDb } from './db';
import { JOURNAL_LIMIT, recordRequest } from './journal';
import { T0 } from './testServer';

let db: ServerDb;
let slept: number[];
let onSleep: () => Promise<void>;
let handle: ReturnType<typeof createServer>;

beforeEach(() => {
  db = new ServerDb(`okno-server-${crypto.randomUUID()}`);
  slept = [];
  onSleep = async () => {};
  handle = createServer({
    db,
    notify: () => {},
    realNow: () => T0,
    random: () => 0.99,
    sleep: async (ms) => {
      slept.push(ms);
      await onSleep();
    },
  });
});
afterEach(() => db.delete());

const send = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
  handle(
    new Request(`http://localhost/api${path}`, {
      method,
      headers: body === undefined ? headers : { 'Content-Type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  );
const matrix = (rules: unknown[], seed?: string) => send('PUT', '/_sim/faults/matrix', seed === undefined ? { rules } : { rules, seed });
async function staff(): Promise<Record<string, string>> {
  await send('POST', '/_sim/operator', { pin: '2468' });
  const { token } = (await (await send('POST', '/operator/check', { pin: '2468' })).json()) as { token: string };
  return { 'X-Okno-Operator': token };
}

describe('fault matrix', () => {
  it('answers the matched route with its status and Retry-After, and leaves other routes and the control surface alone', async () => {
    expect((await matrix([{ route: 'GET /api/health', failure: { kind: 'status', status: 503, retryAfterS: 30 } }])).status).toBe(200);
    const failed = await send('GET', '/health');
    expect(failed.status).toBe(503);
    expect(failed.headers.get('Retry-After')).toBe('30');
    expect(((await failed.json()) as { error: { code: string } }).error.code).toBe('simulated_failure');
    expect((await send('GET', '/_sim/clock')).status).toBe(200);
    expect((await send('POST', '/auth/register', { phone: '+79123456789' })).status).toBe(201);
  });

  it('matches * one segment and a method-less route any method', async () => {
    await matrix([{ route: '/api/applications/*', failure: { kind: 'status', status: 502 } }]);
    expect((await send('GET', '/applications/abc')).status).toBe(502);
    expect((await send('POST', '/applications/abc/reply', {})).status).not.toBe(502);
  });

  it('refuses a rule with neither latency nor failure, and an unknown route shape', async () => {
    expect((await matrix([{ route: 'GET /api/health' }])).status).toBe(422);
    expect((await matrix([{ route: 'health', failure: { kind: 'network' } }])).status).toBe(422);
  });

  it('draws from the seed: the same seed replays the same faults, request by request', async () => {
    const run = async (seed: string) => {
      await matrix([{ route: 'GET /api/health', probability: 0.5, failure: { kind: 'status', status: 500 } }], seed);
      const statuses: number[] = [];
      for (let i = 0; i < 16; i++) statuses.push((await send('GET', '/health')).status);
      return statuses;
    };
    const first = await run('replay-me');
    expect(first).toContain(500);
    expect(first).toContain(200);
    expect(await run('replay-me')).toEqual(first);
    expect(await run('another-seed')).not.toEqual(first);
    // Requests no rule matches take no draw, so background polling cannot shift a replay.
    await send('GET', '/changes?since=0');
    const view = (await (await send('GET', '/_sim/faults/matrix')).json()) as { seed: string; draws: number };
    expect(view).toMatchObject({ seed: 'another-seed', draws: 16 });
  });

  it('waits the drawn latency: fixed, uniform within bounds, log-normal under its cap', async () => {
    await matrix([{ route: 'GET /api/health', latency: { kind: 'fixed', ms: 1200 } }]);
    await send('GET', '/health');
    expect(slept).toEqual([1200]);
    await matrix([{ route: 'GET /api/health', latency: { kind: 'uniform', minMs: 100, maxMs: 300 } }]);
    slept = [];
    for (let i = 0; i < 10; i++) await send('GET', '/health');
    expect(slept.every((ms) => ms >= 100 && ms <= 300)).toBe(true);
    expect(new Set(slept).size).toBeGreaterThan(1);
    await matrix([{ route: 'GET /api/health', latency: { kind: 'lognormal', medianMs: 200, sigma: 1.5, maxMs: 900 } }]);
    slept = [];
    for (let i = 0; i < 20; i++) await send('GET', '/health');
    expect(slept.every((ms) => ms >= 0 && ms <= 900)).toBe(true);
  });

  it('fails like a dropped network, or spoils the answer: malformed, truncated', async () => {
    await matrix([{ route: 'GET /api/health', failure: { kind: 'network' } }]);
    const dropped = await send('GET', '/health');
    expect(dropped.type).toBe('error');
    await matrix([{ route: 'GET /api/health', failure: { kind: 'malformed' } }]);
    await expect((await send('GET', '/health')).json()).rejects.toThrow();
    await matrix([]);
    const whole = await (await send('GET', '/health')).text();
    await matrix([{ route: 'GET /api/health', failure: { kind: 'truncated' } }]);
    const cut = await (await send('GET', '/health')).text();
    expect(cut.length).toBe(Math.floor(whole.length / 2));
    expect(whole.startsWith(cut)).toBe(true);
  });

  it('a hang holds the request until the rule is cleared, then answers; left alone it ends in 504', async () => {
    await matrix([{ route: 'GET /api/health', failure: { kind: 'hang' } }]);
    expect((await send('GET', '/health')).status).toBe(504);
    onSleep = async () => {
      if (slept.length === 3) await matrix([]);
    };
    slept = [];
    expect((await send('GET', '/health')).status).toBe(200);
    expect(slept).toHaveLength(3);
  });

  it('keeps the global latency, error rate and outage of the demo page working beside it', async () => {
    await send('POST', '/_sim/faults', { outage: true });
    expect((await send('GET', '/health')).status).toBe(503);
    await send('POST', '/_sim/faults', { outage: false, latencyMs: 700 });
    expect((await send('GET', '/health')).status).toBe(200);
    expect(slept).toContain(700);
    expect(await (await send('GET', '/_sim/faults')).json()).toEqual({ latencyMs: 700, errorRate: 0, outage: false });
  });
});

describe('request journal', () => {
  it('is staff-only', async () => {
    expect((await send('GET', '/_sim/journal')).status).toBe(403);
  });

  it('lists the requests handled, with status, scenario header and the fault taken, but not its own reads', async () => {
    const headers = await staff();
    await matrix([{ route: 'POST /api/auth/register', failure: { kind: 'status', status: 429, retryAfterS: 5 } }]);
    await send('GET', '/health', undefined, { 'X-Okno-Scenario': 'happy' });
    await send('POST', '/auth/register', { phone: '+79123456789' });
    await send('GET', '/_sim/journal', undefined, headers);
    const rows = (await (await send('GET', '/_sim/journal', undefined, headers)).json()) as {
      id: number;
      method: string;
      path: string;
      status: number;
      scenario?: string;
      fault?: string;
      draw?: number;
      at: number;
    }[];
    expect(rows.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      'POST /api/_sim/operator 200',
      'POST /api/operator/check 200',
      'PUT /api/_sim/faults/matrix 200',
      'GET /api/health 200',
      'POST /api/auth/register 429',
    ]);
    expect(rows[3]).toMatchObject({ scenario: 'happy', at: T0 });
    // The health request before it matched no rule and took no draw: this is the first.
    expect(rows[4]).toMatchObject({ fault: 'POST /api/auth/register → status 429', draw: 0 });
    const after = (await (await send('GET', `/_sim/journal?after=${rows[3]!.id}`, undefined, headers)).json()) as unknown[];
    expect(after).toHaveLength(1);
  });

  it(`keeps about the last ${JOURNAL_LIMIT} requests`, async () => {
    for (let i = 0; i < JOURNAL_LIMIT + 100; i++) await recordRequest(db, { at: i, method: 'GET', path: '/api/health', status: 200, durationMs: 0 });
    const count = await db.journal.count();
    expect(count).toBeGreaterThanOrEqual(JOURNAL_LIMIT);
    expect(count).toBeLessThan(JOURNAL_LIMIT + 50);
    expect((await db.journal.orderBy(':id').last())?.at).toBe(JOURNAL_LIMIT + 99);
  });
});

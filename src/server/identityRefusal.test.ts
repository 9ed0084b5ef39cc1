// Issue 19.15: a passport scan with a selfie can be refused — by the QA scenario or by the console — with
// a reason the citizen reads; a new scan is a new attempt and the history keeps both.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoProfileInput } from './demoData';
import { createTestServer, type TestServer } from './testServer';

const PHONE = '+79123456789';
const HOUR = 3_600_000;
const SCAN = { scanSha256: 'a'.repeat(64), selfieSha256: 'b'.repeat(64) };
type Attempt = { outcome: string; reason?: string; by?: string };
type State = { level: string; pendingScan: unknown; attempts: Attempt[] };

let server: TestServer;
let auth: Record<string, string>;
let accountId: string;
beforeEach(async () => {
  server = createTestServer();
  ({ auth, accountId } = await server.registerCitizen(PHONE));
  expect((await server.send('PUT', '/me/profile', { ...demoProfileInput(), phone: PHONE, email: 'ivanova@example.ru' }, auth)).status).toBe(200);
});
afterEach(async () => {
  await server.close();
});

/** Moves the simulated clock; the citizen stays signed in. */
const jump = (ms: number) => server.post('/_sim/clock', { advanceMs: ms, keepSessions: true });
const identity = async () => (await server.get<State>('/me/identity', auth)).body;

describe('refusing an identity scan', () => {
  it('by scenario: refused with the reason when the check time passes; a new scan is a new attempt, the history keeps both', async () => {
    await server.post('/_sim/identity-scenario', { scenario: 'refused:bad_quality' });
    expect((await server.post('/me/identity/scan', SCAN, auth)).status).toBe(202);
    // A second scan while the first is checked is refused (nothing to compare yet).
    expect((await server.post<{ error: { code: string } }>('/me/identity/scan', SCAN, auth)).body.error.code).toBe('scan_pending');
    await jump(HOUR + 1);
    const refused = await identity();
    expect(refused).toMatchObject({
      level: 'standard',
      pendingScan: null,
      attempts: [{ outcome: 'refused', reason: 'bad_quality', by: 'department' }],
    });

    // The citizen hears of it: a notice, and an SMS naming the reason (status news go by SMS by default).
    const notices = await server.get<{ notices: { kind: string }[] }>('/notifications', auth);
    expect(notices.body.notices.map((n) => n.kind)).toContain('account_identity_refused');
    const sms = (await server.db.inbox.where('to').equals(PHONE).sortBy('id')).at(-1)!;
    expect(sms.body).toContain('плохого качества');

    await server.post('/_sim/identity-scenario', { scenario: 'approve' });
    expect((await server.post('/me/identity/scan', SCAN, auth)).status).toBe(202);
    await jump(HOUR + 1);
    const approved = await identity();
    expect(approved.level).toBe('confirmed');
    expect(approved.attempts.map((a) => a.outcome)).toEqual(['approved', 'refused']);
  });

  it('by the console under «manual»: the scan waits past its time; the clerk refuses with a reason, then approves the next', async () => {
    const staff = await server.staff();
    await server.post('/_sim/identity-scenario', { scenario: 'manual' });
    await server.post('/me/identity/scan', SCAN, auth);
    await jump(2 * HOUR);
    expect((await identity()).pendingScan).not.toBeNull();
    const queue = await server.get<{ scans: { accountId: string; name: string; attempt: number }[] }>('/operator/identity', staff);
    expect(queue.body.scans).toMatchObject([{ accountId, attempt: 1 }]);
    expect(queue.body.scans[0]!.name).toContain('Смирнова');

    const refused = await server.post<State>(`/operator/identity/${accountId}`, { decision: 'refuse', reason: 'data_mismatch' }, staff);
    expect(refused.body.attempts[0]).toMatchObject({ outcome: 'refused', reason: 'data_mismatch', by: 'operator' });
    expect((await server.get<{ scans: unknown[] }>('/operator/identity', staff)).body.scans).toEqual([]);
    // Nothing is waiting any more: a second decision finds nothing.
    expect((await server.post(`/operator/identity/${accountId}`, { decision: 'approve' }, staff)).status).toBe(404);

    await server.post('/me/identity/scan', SCAN, auth);
    const approved = await server.post<State>(`/operator/identity/${accountId}`, { decision: 'approve' }, staff);
    expect(approved.body).toMatchObject({ level: 'confirmed', attempts: [{ outcome: 'approved', by: 'operator' }, { outcome: 'refused' }] });
  });

  it('only staff decide, and only with a known reason', async () => {
    const staff = await server.staff();
    await server.post('/_sim/identity-scenario', { scenario: 'manual' });
    await server.post('/me/identity/scan', SCAN, auth);
    expect((await server.post(`/operator/identity/${accountId}`, { decision: 'approve' }, auth)).status).toBe(403);
    expect((await server.post(`/operator/identity/${accountId}`, { decision: 'refuse', reason: 'because' }, staff)).status).toBe(422);
    expect((await server.post('/_sim/identity-scenario', { scenario: 'refused:because' })).status).toBe(422);
  });
});

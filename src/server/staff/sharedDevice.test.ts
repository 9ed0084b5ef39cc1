// The shared-stand attacks, at the API: one visitor cannot read another's messages or codes, the operator
// PIN cannot be changed without the current one or guessed, and every operator read lands in the audit log.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PBKDF2_ITERATIONS } from '../../domain/password';
import { createTestServer, type TestServer } from '../testServer';

let server: TestServer;
beforeEach(() => {
  server = createTestServer();
});
afterEach(async () => {
  await server.close();
});

type Msg = { to: string; body: string };
type Err = { error: { code: string; data?: Record<string, string | number> } };

describe('simulated phones and mailboxes per person', () => {
  it('a citizen reads only their own messages; the QA read needs a staff session', async () => {
    const anna = await server.registerCitizen('+79120000001');
    await server.registerCitizen('+79120000002', 'b@example.ru');
    const mine = await server.get<Msg[]>('/inbox?channel=sms', anna.auth);
    expect(mine.status).toBe(200);
    expect(mine.body.map((m) => m.to)).toEqual(['+79120000001']);
    expect((await server.get('/inbox?channel=sms')).status).toBe(401);
    expect((await server.get('/_sim/inbox?channel=sms')).status).toBe(403);
    const qa = await server.get<Msg[]>('/_sim/inbox?channel=sms', await server.staff());
    expect(qa.body.map((m) => m.to).sort()).toEqual(['+79120000001', '+79120000002']);
    expect((await server.db.operatorAudit.toArray()).some((r) => r.action === 'inbox_read')).toBe(true);
  });

  it('a registration flow shows its own SMS to its page, and nothing of another flow', async () => {
    const first = await server.post<{ flowId: string }>('/auth/register', { phone: '+79120000003' });
    const second = await server.post<{ flowId: string }>('/auth/register', { phone: '+79120000004' });
    const shown = await server.get<Msg[]>(`/auth/flows/${first.body.flowId}/inbox?channel=sms`);
    expect(shown.body.map((m) => m.to)).toEqual(['+79120000003']);
    expect((await server.get<Msg[]>(`/auth/flows/${second.body.flowId}/inbox`)).body.map((m) => m.to)).toEqual(['+79120000004']);
    expect((await server.get(`/auth/flows/nope/inbox`)).status).toBe(404);
  });

  it('visitor B who starts a reset for A’s number cannot read A’s code; A’s own device can', async () => {
    const start = await server.post<{ flowId: string }>('/auth/register', { phone: '+79120000005' });
    await server.post('/auth/register/verify', { flowId: start.body.flowId, code: await server.lastCode('+79120000005') });
    const done = await server.post<{ handset: string }>('/auth/register/complete', {
      flowId: start.body.flowId,
      person: { surname: 'Иванова', name: 'Мария', patronymic: '', birthDate: '05.03.1990', gender: 'female' },
      email: 'a@example.ru',
      password: 'Zelenyj#Sad7',
      consent: true,
    });
    expect(done.body.handset).toMatch(/^[0-9a-f]{64}$/);
    const reset = await server.post<{ flowId: string }>('/auth/reset', { login: '+79120000005', channel: 'sms' });
    const b = await server.get<Err>(`/auth/flows/${reset.body.flowId}/inbox?channel=sms`);
    expect(b.status).toBe(403);
    expect(b.body.error.code).toBe('handset_elsewhere');
    expect((await server.get(`/auth/flows/${reset.body.flowId}/inbox`, { 'X-Okno-Handset': 'f'.repeat(64) })).status).toBe(403);
    const a = await server.get<Msg[]>(`/auth/flows/${reset.body.flowId}/inbox?channel=sms`, { 'X-Okno-Handset': `other,${done.body.handset}` });
    expect(a.status).toBe(200);
    expect(a.body[0]!.body).toMatch(/восстановления пароля/);
  });
});

describe('operator console is staff-only', () => {
  it('keeps the PIN as a salted PBKDF2 hash and changes it only with the current one', async () => {
    expect((await server.post('/_sim/operator', { pin: '2468' })).status).toBe(200);
    const stored = (await server.db.settings.get('operator-pin'))!.value as { hash: { algorithm: string; iterations: number; salt: string } };
    expect(stored.hash.algorithm).toBe('PBKDF2-HMAC-SHA256');
    expect(stored.hash.iterations).toBeGreaterThanOrEqual(PBKDF2_ITERATIONS);
    expect(stored.hash.salt.length).toBeGreaterThanOrEqual(16);
    expect((await server.post<Err>('/_sim/operator', { pin: '1111' })).body.error.code).toBe('operator_pin_current_required');
    expect((await server.post<Err>('/_sim/operator', { pin: '1111', currentPin: '0000' })).body.error.code).toBe('operator_pin_wrong');
    const staff = await server.staff('2468');
    expect((await server.post('/_sim/operator', { pin: '1111', currentPin: '2468' })).status).toBe(200);
    // A changed PIN closes the consoles opened with the old one.
    expect((await server.get<Err>('/operator/cases', staff)).body.error.code).toBe('operator_session_required');
    await server.post('/_sim/reset', {});
    expect((await server.post('/_sim/operator', { pin: '5555' })).status).toBe(200);
  });

  it('refuses a brute force: locked after five wrong PINs, the right one refused while locked, and a clock jump does not help', async () => {
    await server.post('/_sim/operator', { pin: '2468' });
    const guesses = ['0000', '1111', '2222', '3333', '4444'];
    for (const pin of guesses) expect((await server.post('/operator/check', { pin })).status).toBe(403);
    const locked = await server.post<Err>('/operator/check', { pin: '2468' });
    expect(locked.status).toBe(429);
    expect(locked.body.error.code).toBe('operator_locked');
    await server.post('/_sim/clock', { advanceMs: 2 * 60 * 60_000 });
    expect((await server.post('/operator/check', { pin: '2468' })).status).toBe(429);
    server.wait(61_000);
    expect((await server.post('/operator/check', { pin: '5555' })).status).toBe(403);
    // The sixth failure locks for longer (5 minutes).
    server.wait(61_000);
    expect((await server.post('/operator/check', { pin: '2468' })).status).toBe(429);
    server.wait(5 * 60_000);
    expect((await server.post('/operator/check', { pin: '2468' })).status).toBe(200);
    expect(await server.db.operatorAudit.filter((r) => r.action === 'sign_in_refused').count()).toBe(6);
  });

  it('writes every operator read and action to the audit log, which the citizen sees for their own cases only', async () => {
    const anna = await server.registerCitizen('+79120000006');
    const boris = await server.registerCitizen('+79120000007', 'b@example.ru');
    await server.db.cases.put({
      id: 'c1',
      accountId: anna.accountId,
      draftId: 'd1',
      number: '2026-AAAA-BBBB',
      serviceId: 'criminal-record-certificate',
      answers: { surname: 'Иванова' },
      resultWay: 'electronic',
      submittedAt: 0,
      scenario: 'manual',
      seed: 's',
      validityMonths: 0,
      events: [],
      status: 'sent',
      updatedAt: 0,
      timeline: [{ at: 0, status: 'sent' }],
    } as never);
    const staff = await server.staff();
    await server.get('/operator/cases', staff);
    await server.get('/operator/cases/c1', staff);
    const log = await server.get<{ action: string; caseNumber: string }[]>('/me/operator-log', anna.auth);
    expect(log.body).toEqual([expect.objectContaining({ action: 'case_read', caseNumber: '2026-AAAA-BBBB' })]);
    expect((await server.get<unknown[]>('/me/operator-log', boris.auth)).body).toEqual([]);
    const actions = (await server.db.operatorAudit.toArray()).map((r) => r.action);
    expect(actions).toEqual(['pin_set', 'sign_in', 'queue_read', 'case_read']);
  });
});

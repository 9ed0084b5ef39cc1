import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestServer, T0, type TestServer } from './testServer';

const PHONE = '+79123456789';
const EMAIL = 'ivanova@example.ru';
const PASSWORD = 'Zelenyj#Sad7';
const PERSON = { surname: 'Иванова', name: 'Мария', patronymic: 'Петровна', birthDate: '05.03.1990', gender: 'female' };

let server: TestServer;
beforeEach(() => {
  server = createTestServer();
});
afterEach(async () => {
  await server.close();
});

type Ticket = { flowId: string; expiresAt: number; resendAt: number; sentTo: string };
type Grant = { token: string; account: { id: string; phone: string; email: string; identityLevel: string } };
type ErrorBody = { error: { code: string; fields?: Record<string, string>; data?: Record<string, string | number> } };

async function register(phone = PHONE, email = EMAIL): Promise<Grant> {
  // The phone as people type it; the server stores it normalised.
  const start = await server.post<Ticket>('/auth/register', { phone: phone === PHONE ? '8 (912) 345-67-89' : phone });
  expect(start.status).toBe(201);
  const verify = await server.post('/auth/register/verify', { flowId: start.body.flowId, code: await server.lastCode(phone) });
  expect(verify.status).toBe(200);
  const done = await server.post<Grant>('/auth/register/complete', {
    flowId: start.body.flowId,
    person: PERSON,
    email,
    password: PASSWORD,
    consent: true,
  });
  expect(done.status).toBe(201);
  return done.body;
}

describe('registration', () => {
  it('creates an account with a confirmed phone, a session and a welcome e-mail', async () => {
    const grant = await register();
    expect(grant.account).toMatchObject({ phone: PHONE, email: EMAIL, identityLevel: 'unconfirmed' });
    const me = await server.get('/me', { Authorization: `Bearer ${grant.token}` });
    expect(me.status).toBe(200);
    expect((await server.db.inbox.where('to').equals(EMAIL).toArray())[0]?.subject).toBe('Учётная запись создана');
  });

  it('stores only a PBKDF2 hash with its parameters, never the password', async () => {
    await register();
    const account = await server.db.accounts.where('phone').equals(PHONE).first();
    expect(JSON.stringify(account)).not.toContain(PASSWORD);
    expect(account?.passwordHash).toMatchObject({ algorithm: 'PBKDF2-HMAC-SHA256' });
    expect(account?.passwordHash.iterations).toBeGreaterThanOrEqual(600_000);
  });

  it('refuses a phone that already has an account', async () => {
    await register();
    const again = await server.post<ErrorBody>('/auth/register', { phone: PHONE });
    expect(again.status).toBe(409);
    expect(again.body.error.fields).toEqual({ phone: 'phone_taken' });
  });

  it('names every invalid field of the person with a validation code', async () => {
    const start = await server.post<Ticket>('/auth/register', { phone: PHONE });
    await server.post('/auth/register/verify', { flowId: start.body.flowId, code: await server.lastCode(PHONE) });
    const bad = await server.post<ErrorBody>('/auth/register/complete', {
      flowId: start.body.flowId,
      person: { ...PERSON, surname: '', birthDate: '31.02.1990' },
      email: 'not-an-email',
      password: 'short',
      consent: false,
    });
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields).toMatchObject({
      'person.surname': 'required',
      'person.birthDate': 'date_format',
      email: 'email_format',
      password: 'password_short',
      consent: 'consent_required',
    });
  });

  it('does not complete before the code is confirmed', async () => {
    const start = await server.post<Ticket>('/auth/register', { phone: PHONE });
    const early = await server.post<ErrorBody>('/auth/register/complete', {
      flowId: start.body.flowId,
      person: PERSON,
      email: EMAIL,
      password: PASSWORD,
      consent: true,
    });
    expect(early.status).toBe(403);
  });
});

describe('one-time codes', () => {
  it('expires after 5 minutes', async () => {
    const start = await server.post<Ticket>('/auth/register', { phone: PHONE });
    const code = await server.lastCode(PHONE);
    server.wait(5 * 60_000 + 1);
    const late = await server.post<ErrorBody>('/auth/register/verify', { flowId: start.body.flowId, code });
    expect(late.status).toBe(410);
    expect(late.body.error.code).toBe('code_expired');
  });

  it('allows a resend only after the cool-down, and the new code replaces the old', async () => {
    const start = await server.post<Ticket>('/auth/register', { phone: PHONE });
    const first = await server.lastCode(PHONE);
    const soon = await server.post<ErrorBody>('/auth/code/resend', { flowId: start.body.flowId });
    expect(soon.status).toBe(429);
    expect(soon.body.error.data?.retryAt).toBe(start.body.resendAt);
    server.wait(60_000);
    expect((await server.post('/auth/code/resend', { flowId: start.body.flowId })).status).toBe(200);
    const second = await server.lastCode(PHONE);
    expect(await server.db.inbox.where('to').equals(PHONE).count()).toBe(2);
    if (first !== second) {
      expect((await server.post('/auth/register/verify', { flowId: start.body.flowId, code: first })).status).toBe(422);
    }
    expect((await server.post('/auth/register/verify', { flowId: start.body.flowId, code: second })).status).toBe(200);
  });

  it('burns the code after 3 wrong tries', async () => {
    const start = await server.post<Ticket>('/auth/register', { phone: PHONE });
    const code = await server.lastCode(PHONE);
    const wrong = code === '000000' ? '111111' : '000000';
    const first = await server.post<ErrorBody>('/auth/register/verify', { flowId: start.body.flowId, code: wrong });
    expect(first.body.error).toMatchObject({ code: 'code_wrong', data: { attemptsLeft: 2 } });
    await server.post('/auth/register/verify', { flowId: start.body.flowId, code: wrong });
    const third = await server.post<ErrorBody>('/auth/register/verify', { flowId: start.body.flowId, code: wrong });
    expect(third.body.error.code).toBe('code_attempts_exceeded');
    const right = await server.post<ErrorBody>('/auth/register/verify', { flowId: start.body.flowId, code });
    expect(right.body.error.code).toBe('code_attempts_exceeded');
  });
});

describe('sign-in', () => {
  it('accepts the phone in any common form, the e-mail in any case, and the SNILS', async () => {
    const grant = await register();
    await server.confirmEmail({ Authorization: `Bearer ${grant.token}` }, EMAIL);
    await server.db.accounts.update(grant.account.id, { snils: '112-233-445 95' });
    for (const login of ['+7 912 345-67-89', '89123456789', 'IVANOVA@example.ru', '11223344595', '112-233-445 95']) {
      const result = await server.post<{ step: string }>('/auth/login', { login, password: PASSWORD });
      expect(result.status, login).toBe(200);
      expect(result.body.step).toBe('done');
    }
    const history = await server.get<{ method: string }[]>('/me/signins', { Authorization: `Bearer ${grant.token}` });
    expect(history.body.map((row) => row.method)).toEqual(['snils', 'snils', 'email', 'phone', 'phone', 'phone']);
  });

  it('gives the same answer for an unknown login and a wrong password', async () => {
    await register();
    const unknown = await server.post<ErrorBody>('/auth/login', { login: 'nobody@example.ru', password: PASSWORD });
    const wrong = await server.post<ErrorBody>('/auth/login', { login: PHONE, password: 'Wrong#Pass1' });
    expect([unknown.status, wrong.status]).toEqual([401, 401]);
    expect(unknown.body.error.code).toBe(wrong.body.error.code);
  });

  it('locks the account after 5 wrong passwords, says until when, and opens it after the delay', async () => {
    await register();
    for (let i = 0; i < 4; i++) expect((await server.post('/auth/login', { login: PHONE, password: 'Wrong#Pass1' })).status).toBe(401);
    const fifth = await server.post<ErrorBody>('/auth/login', { login: PHONE, password: 'Wrong#Pass1' });
    expect(fifth.status).toBe(423);
    const until = Date.parse(String(fifth.body.error.data?.until));
    expect(until).toBeGreaterThan(T0);
    const right = await server.post<ErrorBody>('/auth/login', { login: PHONE, password: PASSWORD });
    expect(right.status).toBe(423);
    const account = await server.db.accounts.where('phone').equals(PHONE).first();
    server.wait((account?.lockout.lockedUntil ?? 0) - (await server.get<{ nowMs: number }>('/_sim/clock')).body.nowMs + 1);
    expect((await server.post('/auth/login', { login: PHONE, password: PASSWORD })).status).toBe(200);
  });

  it('counts parallel wrong passwords one by one, so they still lock the account', async () => {
    await register();
    const attempts = await Promise.all(Array.from({ length: 8 }, () => server.post('/auth/login', { login: PHONE, password: 'Wrong#Pass1' })));
    expect(attempts.filter((a) => a.status === 423).length).toBeGreaterThan(0);
    const account = await server.db.accounts.where('phone').equals(PHONE).first();
    expect(account?.lockout.failures).toBe(8);
  });

  it('asks for the SMS second factor when it is on', async () => {
    const grant = await register();
    await server.send('PATCH', '/me/security', { twoFactor: true }, { Authorization: `Bearer ${grant.token}` });
    const first = await server.post<{ step: string; ticket: Ticket }>('/auth/login', { login: PHONE, password: PASSWORD });
    expect(first.body.step).toBe('second_factor');
    const done = await server.post<{ step: string; grant: Grant }>('/auth/login/verify', {
      flowId: first.body.ticket.flowId,
      code: await server.lastCode(PHONE),
    });
    expect(done.body.step).toBe('done');
    expect(done.body.grant.token).toMatch(/^[0-9a-f]{64}$/);
  });

  it('ends a session after the inactivity timeout, but not while it is used', async () => {
    const { token } = await register();
    const auth = { Authorization: `Bearer ${token}` };
    server.wait(29 * 60_000);
    expect((await server.get('/me', auth)).status).toBe(200);
    server.wait(29 * 60_000);
    expect((await server.get('/me', { ...auth, 'X-Okno-Background': '1' })).status).toBe(200);
    server.wait(2 * 60_000);
    const expired = await server.get<ErrorBody>('/me', auth);
    expect(expired.status).toBe(401);
    expect(expired.body.error.code).toBe('session_expired');
  });

  it('sign-out ends the session', async () => {
    const { token } = await register();
    const auth = { Authorization: `Bearer ${token}` };
    expect((await server.post('/auth/logout', {}, auth)).status).toBe(200);
    expect((await server.get<ErrorBody>('/me', auth)).body.error.code).toBe('unauthorized');
  });
});

describe('code guessing', () => {
  it('parallel wrong guesses each cost a try', async () => {
    const start = await server.post<Ticket>('/auth/register', { phone: PHONE });
    const code = await server.lastCode(PHONE);
    const wrong = code === '000000' ? '111111' : '000000';
    await Promise.all(Array.from({ length: 6 }, () => server.post('/auth/register/verify', { flowId: start.body.flowId, code: wrong })));
    const right = await server.post<ErrorBody>('/auth/register/verify', { flowId: start.body.flowId, code });
    expect(right.body.error.code).toBe('code_attempts_exceeded');
  });

  it('asking again hands back the open flow instead of three fresh tries', async () => {
    await register();
    const first = await server.post<Ticket>('/auth/reset', { login: PHONE, channel: 'sms' });
    const second = await server.post<Ticket>('/auth/reset', { login: PHONE, channel: 'sms' });
    expect(second.body.flowId).toBe(first.body.flowId);
    const wrong = (await server.lastCode(PHONE)) === '000000' ? '111111' : '000000';
    for (let i = 0; i < 3; i++) await server.post('/auth/reset/verify', { flowId: first.body.flowId, code: wrong });
    const third = await server.post<ErrorBody>('/auth/reset', { login: PHONE, channel: 'sms' });
    expect(third.status).toBe(429);
    expect(third.body.error.code).toBe('resend_too_soon');
  });

  it('a checked second-factor or submit code cannot be used twice', async () => {
    const grant = await register();
    const auth = { Authorization: `Bearer ${grant.token}` };
    const ticket = await server.post<Ticket>('/applications/code', {}, auth);
    const code = await server.lastCode(PHONE);
    const body = {
      draftId: crypto.randomUUID(),
      serviceId: 'fine-payment',
      answers: { resolutionNumber: '' },
      resultWay: 'electronic',
      flowId: ticket.body.flowId,
      code,
    };
    expect((await server.post<ErrorBody>('/applications', body, auth)).status).toBe(422);
    const fixed = { ...body, answers: { resolutionNumber: '18810177230000123456' } };
    expect((await server.post('/applications', fixed, auth)).status).toBe(201);
    const reuse = await server.post<ErrorBody>('/applications', { ...fixed, draftId: crypto.randomUUID(), code: '123456' }, auth);
    expect(reuse.body.error.code).toBe('flow_not_found');
  });
});

describe('password reset', () => {
  it('changes the password by an e-mail code and ends every session', async () => {
    const { token } = await register();
    await server.confirmEmail({ Authorization: `Bearer ${token}` }, EMAIL);
    const start = await server.post<Ticket>('/auth/reset', { login: PHONE, channel: 'email' });
    expect(start.body.sentTo).toBe('iv***@example.ru');
    await server.post('/auth/reset/verify', { flowId: start.body.flowId, code: await server.lastCode(EMAIL) });
    expect((await server.post('/auth/reset/complete', { flowId: start.body.flowId, password: 'Novyj#Parol9' })).status).toBe(200);
    expect((await server.get('/me', { Authorization: `Bearer ${token}` })).status).toBe(401);
    expect((await server.post('/auth/login', { login: PHONE, password: PASSWORD })).status).toBe(401);
    expect((await server.post('/auth/login', { login: PHONE, password: 'Novyj#Parol9' })).status).toBe(200);
  });

  it('answers an unknown login like a known one and sends nothing', async () => {
    const start = await server.post<Ticket>('/auth/reset', { login: 'ghost@example.ru', channel: 'email' });
    expect(start.status).toBe(201);
    expect(await server.db.inbox.count()).toBe(0);
  });
});

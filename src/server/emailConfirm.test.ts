// Issue 19.11: an e-mail is confirmed by a code sent to it; until then it serves neither sign-in nor
// recovery, and a changed address has to be confirmed again.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoProfileInput } from './demoData';
import { createTestServer, type TestServer } from './testServer';

const PHONE = '+79123456789';
const EMAIL = 'ivanova@example.ru';
const PASSWORD = 'Zelenyj#Sad7';
type ErrorBody = { error: { code: string } };

let server: TestServer;
let auth: Record<string, string>;
beforeEach(async () => {
  server = createTestServer();
  ({ auth } = await server.registerCitizen(PHONE, EMAIL));
});
afterEach(async () => {
  await server.close();
});

const me = async () => (await server.get<{ emailConfirmed: boolean }>('/me', auth)).body;

describe('e-mail confirmation', () => {
  it('a new account starts with the e-mail unconfirmed: no sign-in by it, no reset by it or to it', async () => {
    expect((await me()).emailConfirmed).toBe(false);
    const byEmail = await server.post<ErrorBody>('/auth/login', { login: EMAIL, password: PASSWORD });
    expect([byEmail.status, byEmail.body.error.code]).toEqual([403, 'email_unconfirmed']);
    // A wrong password still hears only «wrong login or password»: the state is told to the owner alone.
    expect((await server.post('/auth/login', { login: EMAIL, password: 'Wrong#Pass1' })).status).toBe(401);
    expect((await server.post('/auth/login', { login: PHONE, password: PASSWORD })).status).toBe(200);
    // A reset by it or to it is answered like any other (issue 19.12: nothing tells that the login exists), and sends nothing.
    const sent = await server.db.inbox.count();
    const toMailbox = await server.post('/auth/reset', { login: PHONE, channel: 'email' });
    const byAddress = await server.post('/auth/reset', { login: EMAIL, channel: 'sms' });
    expect([toMailbox.status, byAddress.status]).toEqual([201, 201]);
    expect(await server.db.inbox.count()).toBe(sent);
  });

  it('the code from the letter confirms it; then e-mail signs in and recovers', async () => {
    const start = await server.post<{ flowId: string; channel: string; sentTo: string }>('/me/email/confirm', {}, auth);
    expect(start.status).toBe(201);
    expect(start.body).toMatchObject({ channel: 'email', sentTo: 'iv***@example.ru' });
    const letter = (await server.db.inbox.where('to').equals(EMAIL).sortBy('id')).at(-1)!;
    expect(letter.body).toContain('подтверждения адреса электронной почты');
    const wrong = await server.post<ErrorBody>(
      '/me/email/confirm/verify',
      { flowId: start.body.flowId, code: '000000' === (await server.lastCode(EMAIL)) ? '111111' : '000000' },
      auth,
    );
    expect(wrong.body.error.code).toBe('code_wrong');
    const done = await server.post<{ emailConfirmed: boolean }>(
      '/me/email/confirm/verify',
      { flowId: start.body.flowId, code: await server.lastCode(EMAIL) },
      auth,
    );
    expect([done.status, done.body.emailConfirmed]).toEqual([200, true]);
    expect((await server.post('/auth/login', { login: EMAIL, password: PASSWORD })).status).toBe(200);
    expect((await server.post('/auth/reset', { login: EMAIL, channel: 'email' })).status).toBe(201);
    const again = await server.post<ErrorBody>('/me/email/confirm', {}, auth);
    expect(again.body.error.code).toBe('email_confirmed');
  });

  it("another person's code flow is unknown to this account and costs it nothing", async () => {
    const other = await server.registerCitizen('+79120000001', 'other@example.ru');
    const theirs = await server.post<{ flowId: string }>('/me/email/confirm', {}, other.auth);
    const code = await server.lastCode('other@example.ru');
    const stolen = await server.post<ErrorBody>('/me/email/confirm/verify', { flowId: theirs.body.flowId, code }, auth);
    expect(stolen.body.error.code).toBe('flow_not_found');
    expect((await me()).emailConfirmed).toBe(false);
  });

  it('a changed e-mail is unconfirmed again; the same one stays confirmed', async () => {
    await server.confirmEmail(auth, EMAIL);
    const profile = { ...demoProfileInput(), phone: PHONE };
    expect((await server.send('PUT', '/me/profile', { ...profile, email: EMAIL }, auth)).status).toBe(200);
    expect((await me()).emailConfirmed).toBe(true);
    expect((await server.send('PUT', '/me/profile', { ...profile, email: 'maria.new@example.ru' }, auth)).status).toBe(200);
    expect((await me()).emailConfirmed).toBe(false);
    const old = await server.post<ErrorBody>('/auth/login', { login: 'maria.new@example.ru', password: PASSWORD });
    expect(old.body.error.code).toBe('email_unconfirmed');
  });

  it('the demo citizen has a confirmed e-mail', async () => {
    const seeded = await server.post<{ email: string; password: string }>('/_sim/seed', {});
    expect((await server.post('/auth/login', { login: seeded.body.email, password: seeded.body.password })).status).toBe(200);
  });
});

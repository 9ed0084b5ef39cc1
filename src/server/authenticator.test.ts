// Issue 19.13: the authenticator app as a second factor — enrol, confirm with a first code, recovery
// codes once, sign-in with its code (each code once) or a recovery code (each once), off with a code.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { authenticatorFor } from '../domain/authenticator';
import { createTestServer, type TestServer } from './testServer';

const PHONE = '+79123456789';
const PASSWORD = 'Zelenyj#Sad7';
type ErrorBody = { error: { code: string; fields?: Record<string, string> } };
type Login = { step: string; flowId?: string };

let server: TestServer;
let auth: Record<string, string>;
beforeEach(async () => {
  server = createTestServer();
  ({ auth } = await server.registerCitizen(PHONE));
});
afterEach(async () => {
  await server.close();
});

const simNow = async () => (await server.get<{ nowMs: number }>('/_sim/clock')).body.nowMs;
const codeAt = (secret: string, at: number) => authenticatorFor(secret, '').generate({ timestamp: at });

async function enrol(): Promise<{ secret: string; recoveryCodes: string[] }> {
  const start = await server.post<{ secret: string; uri: string }>('/me/authenticator', {}, auth);
  expect(start.status).toBe(201);
  expect(start.body.uri).toContain(`secret=${start.body.secret}`);
  const wrong = await server.post<ErrorBody>(
    '/me/authenticator/confirm',
    { code: '000000' === codeAt(start.body.secret, await simNow()) ? '111111' : '000000' },
    auth,
  );
  expect(wrong.body.error.fields).toEqual({ code: 'code_wrong' });
  const done = await server.post<{ recoveryCodes: string[]; account: { authenticator: boolean } }>(
    '/me/authenticator/confirm',
    { code: codeAt(start.body.secret, await simNow()) },
    auth,
  );
  expect(done.status).toBe(200);
  expect(done.body.account.authenticator).toBe(true);
  return { secret: start.body.secret, recoveryCodes: done.body.recoveryCodes };
}

describe('authenticator app', () => {
  it('the server computes RFC 6238 codes: the published SHA-1 test vector', () => {
    // RFC 6238 appendix B: secret "12345678901234567890", T = 59 s → 94287082 (8 digits); 6 digits → 287082.
    expect(authenticatorFor('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', '').generate({ timestamp: 59_000 })).toBe('287082');
  });

  it('enrols, keeps only hashes of ten recovery codes, and sign-in asks for its code instead of the SMS', async () => {
    const { secret, recoveryCodes } = await enrol();
    expect(recoveryCodes).toHaveLength(10);
    const row = await server.db.accounts.where('phone').equals(PHONE).first();
    expect(JSON.stringify(row)).not.toContain(recoveryCodes[0]!.replace('-', ''));
    await server.send('PATCH', '/me/security', { twoFactor: true }, auth);
    const before = await server.db.inbox.count();

    const login = await server.post<Login>('/auth/login', { login: PHONE, password: PASSWORD });
    expect(login.body.step).toBe('authenticator');
    expect(await server.db.inbox.count()).toBe(before);
    server.wait(30_000); // the next time step: the code used to enrol works once only
    const code = codeAt(secret, await simNow());
    const done = await server.post<{ step: string }>('/auth/login/authenticator', { flowId: login.body.flowId, code });
    expect(done.body.step).toBe('done');
    // The same code again is refused: each works once.
    const again = await server.post<Login>('/auth/login', { login: PHONE, password: PASSWORD });
    const replay = await server.post<ErrorBody>('/auth/login/authenticator', { flowId: again.body.flowId, code });
    expect(replay.body.error.fields).toEqual({ code: 'code_wrong' });
    // A recovery code, typed in lower case without the dash, works once.
    const typed = recoveryCodes[3]!.replace('-', '').toLowerCase();
    const byRecovery = await server.post<{ step: string }>('/auth/login/authenticator', { flowId: again.body.flowId, recoveryCode: typed });
    expect(byRecovery.body.step).toBe('done');
    const third = await server.post<Login>('/auth/login', { login: PHONE, password: PASSWORD });
    const reused = await server.post<ErrorBody>('/auth/login/authenticator', { flowId: third.body.flowId, recoveryCode: typed });
    expect(reused.body.error.fields).toEqual({ recoveryCode: 'code_wrong' });
  });

  it('three wrong codes burn the sign-in flow', async () => {
    await enrol();
    const login = await server.post<Login>('/auth/login', { login: PHONE, password: PASSWORD });
    for (let i = 0; i < 2; i++) await server.post('/auth/login/authenticator', { flowId: login.body.flowId, code: '000001' });
    const last = await server.post<ErrorBody>('/auth/login/authenticator', { flowId: login.body.flowId, code: '000001' });
    expect(last.body.error.code).toBe('code_attempts_exceeded');
    // Its flow sends no SMS and cannot be «resent».
    expect((await server.post<ErrorBody>('/auth/code/resend', { flowId: login.body.flowId })).body.error.code).toBe('flow_not_found');
  });

  it('turning it off takes a code; then sign-in is back to the password', async () => {
    const { secret } = await enrol();
    const wrong = await server.post<ErrorBody>('/me/authenticator/off', { code: '000001' }, auth);
    expect(wrong.body.error.code).toBe('code_wrong');
    server.wait(30_000);
    const off = await server.post<{ authenticator: boolean }>('/me/authenticator/off', { code: codeAt(secret, await simNow()) }, auth);
    expect(off.body.authenticator).toBe(false);
    expect((await server.post<Login>('/auth/login', { login: PHONE, password: PASSWORD })).body.step).toBe('done');
  });
});

// POST /api/me/password/check: the signed-in person proves the password before it wraps the device's
// data key. A wrong one is a 403 (not a 401, which would end the session) and counts towards the lock-out.
import { beforeEach, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from './testServer';

let server: TestServer;
let auth: Record<string, string>;

beforeEach(async () => {
  server = createTestServer();
  ({ auth } = await server.registerCitizen());
});

describe('the password check', () => {
  it('accepts the account password and refuses another with wrong_password, keeping the session', async () => {
    expect((await server.post('/me/password/check', { password: 'Zelenyj#Sad7' }, auth)).status).toBe(200);
    const wrong = await server.post<{ error: { code: string } }>('/me/password/check', { password: 'Zelenyj#Sad8' }, auth);
    expect(wrong.status).toBe(403);
    expect(wrong.body.error.code).toBe('wrong_password');
    expect((await server.get('/me', auth)).status).toBe(200);
  });

  it('needs a session, and wrong passwords lock it out like sign-in attempts do', async () => {
    expect((await server.post('/me/password/check', { password: 'Zelenyj#Sad7' })).status).toBe(401);
    let last = 0;
    for (let i = 0; i < 10 && last !== 423; i++) last = (await server.post('/me/password/check', { password: `wrong-${i}` }, auth)).status;
    expect(last).toBe(423);
    expect((await server.post('/me/password/check', { password: 'Zelenyj#Sad7' }, auth)).status).toBe(423);
  });
});

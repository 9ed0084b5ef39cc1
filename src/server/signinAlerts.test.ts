// Issue 19.14: sign-in by the personal INN; alerts after repeated wrong passwords and on a sign-in from
// a device the account has not used before — in the app, by SMS and by e-mail.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoProfileInput } from './demoData';
import { createTestServer, type TestServer } from './testServer';

const PHONE = '+79123456789';
const EMAIL = 'ivanova@example.ru';
const PASSWORD = 'Zelenyj#Sad7';
const INN = demoProfileInput().inn!;

let server: TestServer;
let auth: Record<string, string>;
beforeEach(async () => {
  server = createTestServer();
  ({ auth } = await server.registerCitizen(PHONE, EMAIL));
});
afterEach(async () => {
  await server.close();
});

const notices = async () =>
  (await server.get<{ notices: { kind: string; params: Record<string, string | number> }[] }>('/notifications', auth)).body.notices;
const inboxTo = async (to: string) => (await server.db.inbox.where('to').equals(to).sortBy('id')).map((row) => row.body);

describe('sign-in by INN', () => {
  it('works once «Мои данные» hold the INN, written with spaces too; a wrong check digit finds nobody', async () => {
    expect((await server.post('/auth/login', { login: INN, password: PASSWORD })).status).toBe(401);
    expect((await server.send('PUT', '/me/profile', { ...demoProfileInput(), phone: PHONE, email: EMAIL }, auth)).status).toBe(200);
    expect((await server.post('/auth/login', { login: INN, password: PASSWORD })).status).toBe(200);
    expect((await server.post('/auth/login', { login: `${INN.slice(0, 4)} ${INN.slice(4)}`, password: PASSWORD })).status).toBe(200);
    const broken = INN.slice(0, 11) + String((Number(INN[11]) + 1) % 10);
    expect((await server.post('/auth/login', { login: broken, password: PASSWORD })).status).toBe(401);
    const history = await server.get<{ method: string }[]>('/me/signins', auth);
    expect(history.body[0]!.method).toBe('inn');
    // Erasing the profile takes the INN sign-in with it.
    await server.send('DELETE', '/me/profile', undefined, auth);
    expect((await server.post('/auth/login', { login: INN, password: PASSWORD })).status).toBe(401);
  });
});

describe('sign-in alerts', () => {
  it('three wrong passwords in a row alert the owner once, in the app, by SMS and by e-mail', async () => {
    for (let i = 0; i < 4; i++) expect((await server.post('/auth/login', { login: PHONE, password: 'Wrong#Pass1' })).status).toBe(401);
    const alerts = (await notices()).filter((n) => n.kind === 'account_signin_failures');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.params).toMatchObject({ count: 3 });
    expect((await inboxTo(PHONE)).filter((body) => body.includes('3 раза подряд'))).toHaveLength(1);
    expect((await inboxTo(EMAIL)).filter((body) => body.includes('3 раза подряд'))).toHaveLength(1);
  });

  it('a sign-in from a new device alerts; the same device again does not', async () => {
    const from = (device: string) => server.post('/auth/login', { login: PHONE, password: PASSWORD }, { 'X-Okno-Device': device });
    expect((await notices()).filter((n) => n.kind === 'account_new_device')).toHaveLength(0);
    await from('Firefox, Android');
    await from('Firefox, Android');
    const alerts = (await notices()).filter((n) => n.kind === 'account_new_device');
    expect(alerts.map((n) => n.params.device)).toEqual(['Firefox, Android']);
    expect((await inboxTo(PHONE)).at(-1)).toContain('с нового устройства: Firefox, Android');
    expect((await inboxTo(EMAIL)).at(-1)).toContain('с нового устройства: Firefox, Android');
  });
});

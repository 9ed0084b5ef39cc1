import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toBase64 } from '../domain/password';
import { createTestServer, type TestServer } from './testServer';

const PHONE = '+79123456789';
const PASSWORD = 'Zelenyj#Sad7';
const PROFILE = {
  surname: 'Иванова',
  name: 'Мария',
  patronymic: 'Петровна',
  birthDate: '05.03.1990',
  gender: 'female',
  phone: PHONE,
  email: 'ivanova@example.ru',
  passport: { series: '4508', number: '123456', issueDate: '12.04.2010', issuedBy: 'ОВД района Хамовники', divisionCode: '770-001' },
  snils: '112-233-445 95',
};

let server: TestServer;
let auth: Record<string, string>;
type Envelope = {
  account: { identityLevel: string; snils?: string };
  profile: Record<string, unknown> | null;
  levelChange: { from: string; to: string } | null;
};
type ErrorBody = { error: { code: string; fields?: Record<string, string> } };

beforeEach(async () => {
  server = createTestServer();
  const start = await server.post<{ flowId: string }>('/auth/register', { phone: PHONE });
  await server.post('/auth/register/verify', { flowId: start.body.flowId, code: await server.lastCode(PHONE) });
  const { surname, name, patronymic, birthDate, gender, email } = PROFILE;
  const done = await server.post<{ token: string }>('/auth/register/complete', {
    flowId: start.body.flowId,
    person: { surname, name, patronymic, birthDate, gender },
    email,
    password: PASSWORD,
    consent: true,
  });
  auth = { Authorization: `Bearer ${done.body.token}` };
});
afterEach(async () => {
  await server.close();
});

const put = (profile: unknown) => server.send<Envelope & ErrorBody>('PUT', '/me/profile', profile, auth);

describe('profile', () => {
  it('saves a checked profile and the registry check makes the account standard', async () => {
    const saved = await put(PROFILE);
    expect(saved.status).toBe(200);
    expect(saved.body.levelChange).toEqual({ from: 'unconfirmed', to: 'standard' });
    expect(saved.body.profile).toMatchObject({ birthDate: '1990-03-05', passport: { divisionCode: '770-001' } });
  });

  it('names every wrong field and saves nothing', async () => {
    const bad = await put({ ...PROFILE, snils: '112-233-445 96', passport: { ...PROFILE.passport, issueDate: '01.01.2000' } });
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields).toEqual({ snils: 'snils_checksum', 'passport.issueDate': 'passport_issued_before_14' });
    expect((await server.get<Envelope>('/me/profile', auth)).body.profile).toBeNull();
  });

  it('does not let the phone change without an SMS confirmation', async () => {
    const bad = await put({ ...PROFILE, phone: '+79990001122' });
    expect(bad.body.error.fields).toEqual({ phone: 'phone_locked' });
  });

  it('keeps a SNILS to one account', async () => {
    await put(PROFILE);
    await server.db.accounts.add({
      ...(await server.db.accounts.toArray())[0]!,
      id: 'other',
      phone: '+79990001122',
      email: 'x@example.ru',
      snils: '123-456-789 64',
    });
    const clash = await put({ ...PROFILE, snils: '123-456-789 64' });
    expect(clash.status).toBe(409);
    expect(clash.body.error.fields).toEqual({ snils: 'snils_taken' });
  });

  it('erasing the data keeps the sign-in and drops the level', async () => {
    await put(PROFILE);
    const erased = await server.send<Envelope>('DELETE', '/me/profile', undefined, auth);
    expect(erased.body).toMatchObject({ profile: null, account: { identityLevel: 'unconfirmed' } });
    expect(erased.body.account.snils).toBeUndefined();
    expect((await server.post('/auth/login', { login: PHONE, password: PASSWORD })).status).toBe(200);
  });
});

describe('identity confirmation', () => {
  it('needs the standard level first', async () => {
    const early = await server.post<ErrorBody>('/me/identity/challenge', {}, auth);
    expect(early.body.error.code).toBe('identity_needs_standard');
  });

  it('a scan and selfie are approved when the department check time has passed on the simulated clock', async () => {
    await put(PROFILE);
    await server.send('PATCH', '/me/security', { inactivityMinutes: 240 }, auth);
    const hash = 'a'.repeat(64);
    const sent = await server.post<{ pendingScan: { dueAt: number } }>('/me/identity/scan', { scanSha256: hash, selfieSha256: hash }, auth);
    expect(sent.status).toBe(202);
    server.wait(59 * 60_000);
    expect((await server.get<{ level: string }>('/me/identity', auth)).body.level).toBe('standard');
    server.wait(60_000);
    expect((await server.get<{ level: string; method: string }>('/me/identity', auth)).body).toMatchObject({ level: 'confirmed', method: 'scan' });
    const sms = await server.db.inbox.where('to').equals(PHONE).toArray();
    expect(sms.at(-1)?.body).toContain('Ваша личность подтверждена');
  });

  async function signedProof(keys: CryptoKeyPair, signer: CryptoKey = keys.privateKey, subject = 'Иванова Мария Петровна') {
    const { challenge } = (await server.post<{ challenge: string }>('/me/identity/challenge', {}, auth)).body;
    const signature = await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, signer, new TextEncoder().encode(challenge));
    const { kty, crv, x, y } = await crypto.subtle.exportKey('jwk', keys.publicKey);
    return {
      challenge,
      publicKey: { kty, crv, x, y },
      signature: toBase64(new Uint8Array(signature)),
      certificate: { subject, snils: PROFILE.snils },
    };
  }
  const newKeys = () => crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']) as Promise<CryptoKeyPair>;

  it('an electronic signature over the challenge confirms the identity at once', async () => {
    await put(PROFILE);
    const done = await server.post<{ level: string }>('/me/identity/signature', await signedProof(await newKeys()), auth);
    expect(done.status).toBe(200);
    expect(done.body.level).toBe('confirmed');
  });

  it('refuses a signature made with another key, a certificate of another person, and a reused challenge', async () => {
    await put(PROFILE);
    const keys = await newKeys();
    const forged = await server.post<ErrorBody>('/me/identity/signature', await signedProof(keys, (await newKeys()).privateKey), auth);
    expect(forged.body.error.code).toBe('signature_invalid');
    const stranger = await server.post<ErrorBody>('/me/identity/signature', await signedProof(keys, keys.privateKey, 'Петров Пётр'), auth);
    expect(stranger.body.error.code).toBe('certificate_mismatch');
    const proof = await signedProof(keys);
    await server.post('/me/identity/challenge', {}, auth);
    expect((await server.post<ErrorBody>('/me/identity/signature', proof, auth)).body.error.code).toBe('challenge_invalid');
  });

  it('changing checked data after confirmation drops the level back to standard', async () => {
    await put(PROFILE);
    await server.post('/me/identity/signature', await signedProof(await newKeys()), auth);
    const changed = await put({ ...PROFILE, passport: { ...PROFILE.passport, number: '654321' } });
    expect(changed.body.levelChange).toEqual({ from: 'confirmed', to: 'standard' });
    const same = await put({ ...PROFILE, passport: { ...PROFILE.passport, number: '654321' }, inn: '500100732259' });
    expect(same.body.levelChange).toBeNull();
  });
});

describe('notification settings', () => {
  it('are kept per kind and channel and refused when incomplete', async () => {
    const prefs = {
      status: { inapp: true, sms: false, email: true, push: false },
      documents: { inapp: true, sms: true, email: true, push: false },
      reminders: { inapp: true, sms: true, email: false, push: false },
      news: { inapp: false, sms: false, email: false, push: false },
    };
    const saved = await server.send<{ notifications: typeof prefs }>('PUT', '/me/notifications', prefs, auth);
    expect(saved.body.notifications.status.sms).toBe(false);
    const bad = await server.send<ErrorBody>('PUT', '/me/notifications', { status: prefs.status }, auth);
    expect(bad.status).toBe(422);
  });
});

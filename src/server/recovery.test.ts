// Issue 19.12: backup contacts confirmed by a code, «Забыли пароль?» choosing where the code goes without
// telling whether a login exists, and recovery through support ending in a temporary password that must
// be changed at the next sign-in and expires after a day.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoProfileInput } from './demoData';
import { createTestServer, type TestServer } from './testServer';

const PHONE = '+79123456789';
const EMAIL = 'ivanova@example.ru';
const BACKUP = '+79165550011';
const BACKUP_EMAIL = 'reserve@example.ru';
const PASSWORD = 'Zelenyj#Sad7';
type ErrorBody = { error: { code: string; fields?: Record<string, string> } };
type Options = { options: { destination: string; sentTo: string }[] };
type Ticket = { flowId: string; sentTo: string };

let server: TestServer;
let auth: Record<string, string>;
beforeEach(async () => {
  server = createTestServer();
  ({ auth } = await server.registerCitizen(PHONE, EMAIL));
});
afterEach(async () => {
  await server.close();
});

async function addBackupPhone(): Promise<void> {
  const start = await server.post<Ticket>('/me/recovery/phone', { phone: BACKUP }, auth);
  expect([start.status, start.body.sentTo]).toEqual([201, '+7 916 ***-**-11']);
  const done = await server.post<{ backupPhone?: string }>(
    '/me/recovery/phone/verify',
    { flowId: start.body.flowId, code: await server.lastCode(BACKUP) },
    auth,
  );
  expect(done.body.backupPhone).toBe(BACKUP);
}

describe('backup contacts', () => {
  it('are kept only once the code sent to them is typed back; the main phone is not a backup', async () => {
    const start = await server.post<Ticket>('/me/recovery/email', { email: BACKUP_EMAIL }, auth);
    expect((await server.get<{ backupEmail?: string }>('/me', auth)).body.backupEmail).toBeUndefined();
    const wrong = (await server.lastCode(BACKUP_EMAIL)) === '000000' ? '111111' : '000000';
    expect((await server.post<ErrorBody>('/me/recovery/email/verify', { flowId: start.body.flowId, code: wrong }, auth)).body.error.code).toBe(
      'code_wrong',
    );
    await server.post('/me/recovery/email/verify', { flowId: start.body.flowId, code: await server.lastCode(BACKUP_EMAIL) }, auth);
    expect((await server.get<{ backupEmail?: string }>('/me', auth)).body.backupEmail).toBe(BACKUP_EMAIL);

    const same = await server.post<ErrorBody>('/me/recovery/phone', { phone: PHONE }, auth);
    expect(same.body.error.fields).toEqual({ phone: 'phone_same' });
    // Another person cannot finish this person's confirmation.
    const other = await server.registerCitizen('+79120000001', 'other@example.ru');
    const mine = await server.post<Ticket>('/me/recovery/phone', { phone: BACKUP }, auth);
    const theirs = await server.post<ErrorBody>(
      '/me/recovery/phone/verify',
      { flowId: mine.body.flowId, code: await server.lastCode(BACKUP) },
      other.auth,
    );
    expect(theirs.body.error.code).toBe('flow_not_found');

    const removed = await server.send<{ backupEmail?: string }>('DELETE', '/me/recovery/email', undefined, auth);
    expect(removed.body.backupEmail).toBeUndefined();
  });
});

describe('«Забыли пароль?» with a choice of where the code goes', () => {
  it('lists the account’s phone, backup phone and e-mail masked; the code goes to the backup phone chosen', async () => {
    await addBackupPhone();
    const options = await server.post<Options>('/auth/reset/options', { login: PHONE });
    expect(options.body.options).toEqual([
      { destination: 'phone', sentTo: '+7 9** ***-**-89' },
      { destination: 'backup_phone', sentTo: '+7 9** ***-**-11' },
      { destination: 'email', sentTo: 'iv***@example.ru' },
    ]);
    const start = await server.post<Ticket>('/auth/reset', { login: PHONE, destination: 'backup_phone' });
    expect([start.status, start.body.sentTo]).toEqual([201, '+7 9** ***-**-11']);
    expect((await server.post('/auth/reset/verify', { flowId: start.body.flowId, code: await server.lastCode(BACKUP) })).status).toBe(200);
    expect((await server.post('/auth/reset/complete', { flowId: start.body.flowId, password: 'Novyj#Parol9' })).status).toBe(200);
    expect((await server.post('/auth/login', { login: PHONE, password: 'Novyj#Parol9' })).status).toBe(200);
  });

  it('answers the same whether the login exists or its e-mail is confirmed, and sends nothing then', async () => {
    const before = await server.db.inbox.count();
    // The e-mail is not confirmed: as a login it looks like an unknown one, as a destination it gets no code.
    const byEmail = await server.post<Ticket>('/auth/reset', { login: EMAIL, channel: 'sms' });
    const toEmail = await server.post<Ticket>('/auth/reset', { login: PHONE, destination: 'email' });
    const ghost = await server.post<Ticket>('/auth/reset', { login: 'ghost@example.ru', destination: 'email' });
    expect([byEmail.status, toEmail.status, ghost.status]).toEqual([201, 201, 201]);
    expect(toEmail.body.sentTo).toBe('iv***@example.ru');
    expect(ghost.body.sentTo).toBe('gh***@example.ru');
    expect(await server.db.inbox.count()).toBe(before);
    // Made-up choices look like real ones and stay the same on every ask.
    const first = await server.post<Options>('/auth/reset/options', { login: '123-456-789 64' });
    const again = await server.post<Options>('/auth/reset/options', { login: '123-456-789 64' });
    expect(first.body).toEqual(again.body);
    expect(first.body.options[0]!.sentTo).toMatch(/^\+7 9\*\* \*\*\*-\*\*-\d{2}$/);
    expect(first.body.options.map((o) => o.destination)).toContain('email');
    // A resend keeps showing the same address.
    server.wait(61_000);
    expect((await server.post<Ticket>('/auth/code/resend', { flowId: toEmail.body.flowId })).body.sentTo).toBe('iv***@example.ru');
  });
});

describe('recovery through support', () => {
  const profile = demoProfileInput();
  const request = (extra: Record<string, string> = {}) =>
    server.post<{ number: string; sentTo: string; inbox: string }>('/auth/recovery-requests', {
      surname: profile.surname,
      name: profile.name,
      birthDate: profile.birthDate,
      passportSeries: profile.passport!.series,
      passportNumber: profile.passport!.number,
      contact: 'olga.new@example.ru',
      ...extra,
    });
  const lastLetter = async (to: string) => (await server.db.inbox.where('to').equals(to).sortBy('id')).at(-1)!.body;

  beforeEach(async () => {
    expect((await server.send('PUT', '/me/profile', { ...profile, phone: PHONE, email: EMAIL }, auth)).status).toBe(200);
  });

  it('the clerk sees the matching account and approves; the temporary password must be changed before anything opens', async () => {
    const staff = await server.staff();
    const sent = await request();
    expect([sent.status, sent.body.sentTo]).toEqual([201, 'ol***@example.ru']);
    expect(await lastLetter('olga.new@example.ru')).toContain(`№ ${sent.body.number} принят`);
    const queue = await server.get<{ requests: { id: string; match: { name: string } | null; status: string }[] }>(
      '/operator/recovery-requests',
      staff,
    );
    expect(queue.body.requests[0]).toMatchObject({ status: 'new', match: { name: 'Смирнова Ольга Викторовна' } });
    expect((await server.post('/operator/recovery-requests/' + queue.body.requests[0]!.id, { decision: 'approve' }, auth)).status).toBe(403);
    const approved = await server.post<{ status: string }>(
      `/operator/recovery-requests/${queue.body.requests[0]!.id}`,
      { decision: 'approve' },
      staff,
    );
    expect(approved.body.status).toBe('approved');
    // Her open sessions end; the old password no longer works.
    expect((await server.get('/me', auth)).status).toBe(401);
    expect((await server.post('/auth/login', { login: PHONE, password: PASSWORD })).status).toBe(401);

    const temporary = /Временный пароль: (\S+)\./.exec(await lastLetter('olga.new@example.ru'))![1]!;
    const login = await server.post<{ step: string; flowId: string }>('/auth/login', { login: PHONE, password: temporary });
    expect(login.body.step).toBe('change_password');
    const same = await server.post<ErrorBody>('/auth/login/new-password', { flowId: login.body.flowId, password: temporary });
    expect(same.body.error.fields).toEqual({ password: 'password_same' });
    const done = await server.post<{ step: string; grant: { token: string } }>('/auth/login/new-password', {
      flowId: login.body.flowId,
      password: 'Svoj#Parol5',
    });
    expect(done.body.step).toBe('done');
    expect((await server.get('/me', { Authorization: `Bearer ${done.body.grant.token}` })).status).toBe(200);
    expect((await server.post<{ step: string }>('/auth/login', { login: PHONE, password: 'Svoj#Parol5' })).body.step).toBe('done');
    expect((await server.post('/auth/login', { login: PHONE, password: temporary })).status).toBe(401);
  });

  it('the temporary password expires after a day of simulated time', async () => {
    const staff = await server.staff();
    await request({ contact: '+79165550022' });
    const [row] = (await server.get<{ requests: { id: string }[] }>('/operator/recovery-requests', staff)).body.requests;
    await server.post(`/operator/recovery-requests/${row!.id}`, { decision: 'approve' }, staff);
    const temporary = /Временный пароль: (\S+)\./.exec(await lastLetter('+79165550022'))![1]!;
    server.wait(24 * 3_600_000 + 60_000);
    const late = await server.post<ErrorBody>('/auth/login', { login: PHONE, password: temporary });
    expect([late.status, late.body.error.code]).toEqual([403, 'temporary_password_expired']);
  });

  it('a request no account matches cannot be approved; a refusal is told to the contact', async () => {
    const staff = await server.staff();
    await request({ birthDate: '01.01.1980' });
    const [row] = (await server.get<{ requests: { id: string; match: unknown }[] }>('/operator/recovery-requests', staff)).body.requests;
    expect(row!.match).toBeNull();
    expect((await server.post<ErrorBody>(`/operator/recovery-requests/${row!.id}`, { decision: 'approve' }, staff)).body.error.code).toBe(
      'recovery_no_match',
    );
    expect((await server.post(`/operator/recovery-requests/${row!.id}`, { decision: 'refuse' }, staff)).status).toBe(200);
    expect(await lastLetter('olga.new@example.ru')).toContain('доступ не восстановлен');
    expect((await server.post('/auth/login', { login: PHONE, password: PASSWORD })).status).toBe(200);
  });

  it('needs a SNILS or a passport, and a phone or e-mail to answer to', async () => {
    const none = await request({ passportSeries: '', passportNumber: '', contact: 'nowhere' });
    expect(none.status).toBe(422);
    expect((none.body as unknown as ErrorBody).error.fields).toMatchObject({ snils: 'identity_document_required', contact: 'contact_format' });
  });
});

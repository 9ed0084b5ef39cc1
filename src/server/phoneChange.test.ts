// Issue 19.16: the phone changes only with a code to the number in use and one to the new number.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from './testServer';

const OLD = '+79123456789';
const NEW = '+79127654321';
const PASSWORD = 'Zelenyj#Sad7';
type ErrorBody = { error: { code: string; fields?: Record<string, string> } };
type Tickets = { current: { flowId: string; sentTo: string }; next: { flowId: string; sentTo: string } };

let server: TestServer;
let auth: Record<string, string>;
beforeEach(async () => {
  server = createTestServer();
  ({ auth } = await server.registerCitizen(OLD));
});
afterEach(async () => {
  await server.close();
});

const wrong = (code: string) => (code === '000000' ? '111111' : '000000');

describe('changing the phone', () => {
  it('needs both codes; then the session goes on, sign-in uses the new number, both numbers hear of it', async () => {
    const start = await server.post<Tickets>('/me/phone', { phone: '8 912 765-43-21' }, auth);
    expect(start.status).toBe(201);
    expect([start.body.current.sentTo, start.body.next.sentTo]).toEqual(['+7 912 ***-**-89', '+7 912 ***-**-21']);
    const oldCode = await server.lastCode(OLD);
    const newCode = await server.lastCode(NEW);
    const ids = { currentFlowId: start.body.current.flowId, nextFlowId: start.body.next.flowId };

    // A right code is kept once checked: typing the other one again is enough.
    const badOld = await server.post<ErrorBody>('/me/phone/verify', { ...ids, currentCode: wrong(oldCode), nextCode: newCode }, auth);
    expect(badOld.body.error.fields).toEqual({ currentCode: 'code_wrong' });
    const badNew = await server.post<ErrorBody>('/me/phone/verify', { ...ids, currentCode: oldCode, nextCode: wrong(newCode) }, auth);
    expect([badNew.status, badNew.body.error.fields]).toEqual([422, { nextCode: 'code_wrong' }]);
    expect((await server.get<{ phone: string }>('/me', auth)).body.phone).toBe(OLD);

    const done = await server.post<{ phone: string }>('/me/phone/verify', { ...ids, currentCode: oldCode, nextCode: newCode }, auth);
    expect([done.status, done.body.phone]).toEqual([200, NEW]);
    expect((await server.get<{ phone: string }>('/me', auth)).body.phone).toBe(NEW);
    expect((await server.post('/auth/login', { login: OLD, password: PASSWORD })).status).toBe(401);
    expect((await server.post('/auth/login', { login: NEW, password: PASSWORD })).status).toBe(200);

    const toOld = (await server.db.inbox.where('to').equals(OLD).sortBy('id')).at(-1)!;
    expect(toOld.body).toContain('изменён на +7 912 ***-**-21');
    const notices = await server.get<{ notices: { kind: string; params: Record<string, string> }[] }>('/notifications', auth);
    expect(notices.body.notices[0]).toMatchObject({ kind: 'account_phone_changed', params: { phone: '+7 912 ***-**-21' } });
    // A code for a later step goes to the new number.
    await server.post('/applications/code', {}, auth);
    expect((await server.db.inbox.where('to').equals(NEW).sortBy('id')).at(-1)!.body).toContain('подписания');
  });

  it("refuses another account's number, and the number in use", async () => {
    await server.registerCitizen(NEW, 'other@example.ru');
    const taken = await server.post<ErrorBody>('/me/phone', { phone: NEW }, auth);
    expect([taken.status, taken.body.error.code, taken.body.error.fields]).toEqual([409, 'phone_taken', { phone: 'phone_taken' }]);
    const same = await server.post<ErrorBody>('/me/phone', { phone: OLD }, auth);
    expect(same.body.error.fields).toEqual({ phone: 'phone_same' });
  });

  it('a number taken while the codes travelled is refused at the end', async () => {
    const start = await server.post<Tickets>('/me/phone', { phone: NEW }, auth);
    const codes = { currentCode: await server.lastCode(OLD), nextCode: await server.lastCode(NEW) };
    await server.registerCitizen(NEW, 'other@example.ru');
    const late = await server.post<ErrorBody>(
      '/me/phone/verify',
      { currentFlowId: start.body.current.flowId, nextFlowId: start.body.next.flowId, ...codes },
      auth,
    );
    expect(late.body.error.code).toBe('phone_taken');
  });

  it("another account's flows are unknown here", async () => {
    const other = await server.registerCitizen('+79120000001', 'other@example.ru');
    const theirs = await server.post<Tickets>('/me/phone', { phone: NEW }, other.auth);
    const codes = { currentCode: await server.lastCode('+79120000001'), nextCode: await server.lastCode(NEW) };
    const stolen = await server.post<ErrorBody>(
      '/me/phone/verify',
      { currentFlowId: theirs.body.current.flowId, nextFlowId: theirs.body.next.flowId, ...codes },
      auth,
    );
    expect(stolen.body.error.code).toBe('flow_not_found');
  });
});

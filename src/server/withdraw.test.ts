// Withdrawing an application (issue 19.7): allowed while «Отправлено» or «Принято», told to the citizen,
// and refused with its own code once the department has begun to examine the case.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from './testServer';

const PHONE = '+79123456789';
type View = { id: string; number: string; status: string; timeline: { status: string; note?: string }[] };
type ErrorBody = { error: { code: string; data?: Record<string, string> } };

let server: TestServer;
let auth: Record<string, string>;

beforeEach(async () => {
  server = createTestServer();
  ({ auth } = await server.registerCitizen(PHONE));
});
afterEach(async () => {
  await server.close();
});

const send = async (scenario: string) => (await server.sendFineApplication<View>(auth, PHONE, { scenario })).body;
const withdraw = (id: string, headers = auth) => server.post<View & ErrorBody>(`/applications/${id}/withdraw`, {}, headers);

describe('withdrawing an application', () => {
  it('while «Отправлено»: the case is withdrawn, stays so, and the citizen is told', async () => {
    const sent = await send('manual');
    const answer = await withdraw(sent.id);
    expect(answer.status).toBe(200);
    expect(answer.body.status).toBe('withdrawn');
    expect(answer.body.timeline.at(-1)).toMatchObject({ status: 'withdrawn', note: 'withdrawn' });
    await server.post('/_sim/clock', { advanceMs: 60 * 86_400_000, keepSessions: true });
    expect((await server.get<View>(`/applications/${sent.id}`, auth)).body.status).toBe('withdrawn');
    const sms = await server.db.inbox.where('to').equals(PHONE).toArray();
    expect(sms.some((message) => message.body.includes(`Вы отозвали заявление ${sent.number}`))).toBe(true);
    expect((await withdraw(sent.id)).status).toBe(200);
  });

  it('once the department examines it, the answer is withdraw_too_late with the status, and nothing changes', async () => {
    const sent = await send('manual');
    await server.post('/_sim/operator', { pin: '2468' });
    await server.post(`/operator/cases/${sent.id}/action`, { action: 'accept' }, await server.staff('2468'));
    const refused = await withdraw(sent.id);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'withdraw_too_late', data: { status: 'in_processing' } });
    expect((await server.get<View>(`/applications/${sent.id}`, auth)).body.status).toBe('in_processing');
  });

  it('nobody else can withdraw it', async () => {
    const sent = await send('manual');
    const other = await server.registerCitizen('+79223334455', 'petrov@example.ru');
    expect((await withdraw(sent.id, other.auth)).status).toBe(404);
    expect((await server.get<View>(`/applications/${sent.id}`, auth)).body.status).toBe('sent');
  });
});

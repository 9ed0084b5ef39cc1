// Questions to the department from the case page (issue 19.7): the reply comes two working hours later
// on the simulated clock, says where the case stands then, and is notified; limits are named.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from './testServer';

const PHONE = '+79123456789';
type Reply = { at: number; status: string; deadline?: number; reason?: string };
type View = { id: string; number: string; status: string; questions?: { at: number; text: string; reply?: Reply }[] };
type ErrorBody = { error: { code: string; fields?: Record<string, string> } };

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
const ask = (id: string, text: unknown) => server.post<View & ErrorBody>(`/applications/${id}/questions`, { text }, auth);
const read = async (id: string) => (await server.get<View>(`/applications/${id}`, auth)).body;
const advanceHours = (hours: number) => server.post('/_sim/clock', { advanceMs: hours * 3_600_000, keepSessions: true });

describe('questions to the department', () => {
  it('the question shows at once; the reply comes within the working day, saying where the case stands, and is notified', async () => {
    const sent = await send('manual');
    const asked = await ask(sent.id, '  Когда будет готово?  ');
    expect(asked.status).toBe(201);
    expect(asked.body.questions).toEqual([{ at: expect.any(Number), text: 'Когда будет готово?' }]);
    // Two working hours: at most a weekend and a night away.
    await advanceHours(80);
    const answered = (await read(sent.id)).questions![0]!;
    expect(answered.reply).toMatchObject({ status: 'sent' });
    expect(answered.reply!.at).toBeGreaterThan(answered.at);
    const sms = await server.db.inbox.where('to').equals(PHONE).toArray();
    expect(sms.some((message) => message.body.includes(`Ведомство ответило на ваш вопрос по заявлению ${sent.number}`))).toBe(true);
  });

  it('an empty or too long question is named on its field; a withdrawn application takes none', async () => {
    const sent = await send('manual');
    expect((await ask(sent.id, '   ')).body.error.fields).toEqual({ text: 'required' });
    expect((await ask(sent.id, 'я'.repeat(1001))).body.error.fields).toEqual({ text: 'too_long' });
    await server.post(`/applications/${sent.id}/withdraw`, {}, auth);
    const closed = await ask(sent.id, 'А теперь?');
    expect(closed.status).toBe(409);
    expect(closed.body.error.code).toBe('questions_closed');
  });

  it('a refused case replies with the reason', async () => {
    const sent = await send('rejected:data_mismatch');
    await server.post('/_sim/clock', { advanceMs: 40 * 86_400_000, keepSessions: true });
    await ask(sent.id, 'Почему отказали?');
    await advanceHours(80);
    expect((await read(sent.id)).questions![0]!.reply).toMatchObject({ status: 'rejected', reason: 'data_mismatch' });
  });
});

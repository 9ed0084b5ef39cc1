import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from './testServer';

const PHONE = '+79123456789';
let server: TestServer;
let auth: Record<string, string>;
type ErrorBody = { error: { code: string; fields?: Record<string, string> } };
type Application = { id: string; number: string; status: string };

const ANSWERS = {
  resolutionNumber: '18810177230000123456',
};

beforeEach(async () => {
  server = createTestServer();
  const start = await server.post<{ flowId: string }>('/auth/register', { phone: PHONE });
  await server.post('/auth/register/verify', { flowId: start.body.flowId, code: await server.lastCode(PHONE) });
  const done = await server.post<{ token: string }>('/auth/register/complete', {
    flowId: start.body.flowId,
    person: { surname: 'Иванова', name: 'Мария', patronymic: '', birthDate: '05.03.1990', gender: 'female' },
    email: 'ivanova@example.ru',
    password: 'Zelenyj#Sad7',
    consent: true,
  });
  auth = { Authorization: `Bearer ${done.body.token}` };
});
afterEach(async () => {
  await server.close();
});

async function signed(body: Record<string, unknown>) {
  const ticket = await server.post<{ flowId: string }>('/applications/code', {}, auth);
  return { ...body, flowId: ticket.body.flowId, code: await server.lastCode(PHONE) };
}

const submission = (draftId: string) => ({ draftId, serviceId: 'fine-payment', answers: ANSWERS, resultWay: 'electronic' });

describe('applications', () => {
  it('registers a signed application with a readable number and tells the citizen', async () => {
    const sent = await server.post<Application>('/applications', await signed(submission(crypto.randomUUID())), auth);
    expect(sent.status).toBe(201);
    expect(sent.body.status).toBe('sent');
    expect(sent.body.number).toMatch(/^\d{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    const sms = await server.db.inbox.where('to').equals(PHONE).toArray();
    expect(sms.at(-1)?.body).toContain(sent.body.number);
    expect((await server.get<Application[]>('/applications', auth)).body.map((a) => a.id)).toEqual([sent.body.id]);
  });

  it('sending the same draft twice gives one application', async () => {
    const draftId = crypto.randomUUID();
    const first = await server.post<Application>('/applications', await signed(submission(draftId)), auth);
    const again = await server.post<Application>('/applications', await signed(submission(draftId)), auth);
    expect(again.body.id).toBe(first.body.id);
    expect(await server.db.cases.count()).toBe(1);
  });

  it('checks every answer again with the service form and names the wrong ones', async () => {
    const bad = await server.post<ErrorBody>('/applications', await signed({ ...submission(crypto.randomUUID()), answers: { resolutionNumber: '' } }), auth);
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields).toEqual({ resolutionNumber: 'required' });
    expect(await server.db.cases.count()).toBe(0);
  });

  it('refuses a service whose identity level the account has not reached', async () => {
    const body = await signed({ ...submission(crypto.randomUUID()), serviceId: 'residence-certificate', answers: {} });
    const refused = await server.post<ErrorBody>('/applications', body, auth);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('identity_level_low');
  });

  it('refuses a wrong signing code and creates nothing', async () => {
    const body = await signed(submission(crypto.randomUUID()));
    const wrong = await server.post<ErrorBody>('/applications', { ...body, code: body.code === '000000' ? '111111' : '000000' }, auth);
    expect(wrong.body.error.code).toBe('code_wrong');
    expect(await server.db.cases.count()).toBe(0);
  });

  it('shows an application only to its owner', async () => {
    const sent = await server.post<Application>('/applications', await signed(submission(crypto.randomUUID())), auth);
    expect((await server.get(`/applications/${sent.body.id}`, auth)).status).toBe(200);
    expect((await server.get(`/applications/${sent.body.id}`)).status).toBe(401);
  });
});

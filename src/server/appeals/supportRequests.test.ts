// Support requests through the appeals API: priority terms, the answer by the scripted department on a
// clock jump, «Вопрос решён» or reopen, and «Обратный звонок» logged on the citizen's phone.
import { beforeEach, describe, expect, it } from 'vitest';
import { formatMoscowDateTime } from '../../domain/calendar';
import { createTestServer, type TestServer } from '../testServer';

const PHONE = '+79123456789';
const HOUR = 3_600_000;
let server: TestServer;
let auth: Record<string, string>;
type Request = {
  id: string;
  number: string;
  status: string;
  type: string;
  topic: string;
  category?: string;
  deadline: number;
  sentAt: number;
  actions: string[];
  callbacks?: { callAt: number; doneAt?: number }[];
  timeline: { note: string }[];
};
type ErrorBody = { error: { code: string; fields?: Record<string, string> } };

const request = (extra: Record<string, unknown> = {}) => ({
  draftId: crypto.randomUUID(),
  type: 'support',
  topic: 'general',
  category: 'technical',
  subject: 'Страница оплаты показывает ошибку',
  description: 'После нажатия «Оплатить» появляется экран с ошибкой.',
  wanted: 'Оплатить пошлину',
  tried: 'Обновил страницу, очистил кэш',
  priority: 'critical',
  contacts: { name: 'Иванова Мария', phone: PHONE, email: 'ivanova@example.ru' },
  ...extra,
});
const send = (scenario: string, extra: Record<string, unknown> = {}) =>
  server.post<Request>('/appeals', request(extra), { ...auth, 'X-Okno-Appeal-Scenario': scenario });
const jump = (ms: number) => server.post('/_sim/clock', { advanceMs: ms, keepSessions: true });

beforeEach(async () => {
  server = createTestServer();
  ({ auth } = await server.registerCitizen(PHONE));
  await server.db.accounts.toCollection().modify({ identityLevel: 'confirmed' });
});

describe('support requests', () => {
  it('gets a number, a critical one-hour term, its topic from the category and an e-mail', async () => {
    const { status, body } = await send('manual');
    expect(status).toBe(201);
    expect(body.number).toMatch(/^\d{8}$/);
    expect(body.category).toBe('technical');
    expect(body.topic).toBe('technical');
    expect(body.deadline - body.sentAt).toBe(HOUR);
    const mail = await server.db.inbox.where('channel').equals('email').toArray();
    expect(mail.some((m) => m.body.includes(body.number))).toBe(true);
    // Named as what it is: a support request, not a department appeal.
    expect(mail.map((m) => m.subject)).toContain(`Запрос в поддержку № ${body.number} получен`);
  });

  it('is answered by the scripted department in term, then reopened and confirmed', async () => {
    const { body } = await send('answered');
    await jump(HOUR);
    let read = (await server.get<Request>(`/appeals/${body.id}`, auth)).body;
    expect(read.status).toBe('answered');
    expect(read.actions).toEqual(expect.arrayContaining(['reopen', 'close', 'rate']));
    const short = await server.post<ErrorBody>(`/appeals/${body.id}/reopen`, { comment: '' }, auth);
    expect(short.status).toBe(422);
    const reopened = await server.post<Request>(`/appeals/${body.id}/reopen`, { comment: 'Ошибка повторилась на другом устройстве' }, auth);
    expect(reopened.body.status).toBe('in_processing');
    expect(reopened.body.timeline.at(-1)!.note).toBe('reopened');
    await jump(HOUR);
    read = (await server.get<Request>(`/appeals/${body.id}`, auth)).body;
    expect(read.status).toBe('answered');
    const closed = await server.post<Request>(`/appeals/${body.id}/close`, {}, auth);
    expect(closed.body.status).toBe('closed');
    expect((await server.post(`/appeals/${body.id}/reopen`, { comment: 'Снова не работает' }, auth)).status).toBe(409);
  });

  it('books «Обратный звонок» ahead and logs the call on the phone when its time comes', async () => {
    const { body } = await send('manual', { priority: 'low' });
    const now = body.sentAt;
    const fmt = (ms: number) => formatMoscowDateTime(ms);
    const tooSoon = await server.post<ErrorBody>(`/appeals/${body.id}/callback`, { callAt: fmt(now), phone: PHONE }, auth);
    expect(tooSoon.body.error.fields).toEqual({ callAt: 'callback_too_soon' });
    const booked = await server.post<Request>(`/appeals/${body.id}/callback`, { callAt: fmt(now + 2 * HOUR), phone: PHONE }, auth);
    expect(booked.status).toBe(200);
    expect(booked.body.actions).not.toContain('callback');
    const calls = () => server.db.inbox.filter((m) => (m.subject ?? '').startsWith('Обратный звонок')).toArray();
    expect(await calls()).toHaveLength(0);
    await jump(3 * HOUR);
    const made = await calls();
    expect(made).toHaveLength(1);
    expect(made[0]!.body).toContain(body.number);
    expect(made[0]!.channel).toBe('sms');
  });

  it('refuses a support request without a category and an appeal with one', async () => {
    const missing = await send('manual', { category: undefined });
    expect((missing.body as unknown as ErrorBody).error.fields).toMatchObject({ category: 'required' });
    const other = await send('manual', { type: 'request' });
    expect((other.body as unknown as ErrorBody).error.fields).toMatchObject({ category: 'required' });
  });
});

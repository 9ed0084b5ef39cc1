import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../testServer';

const PHONE = '+79123456789';
// A staff session opened with the PIN (the console's key), and the same with the clerk's name.
let PIN: Record<string, string> = {};
let CLERK: Record<string, string> = {};
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
let server: TestServer;
let auth: Record<string, string>;
type ErrorBody = { error: { code: string; fields?: Record<string, string>; data?: Record<string, number> } };
type Appeal = {
  id: string;
  number: string;
  status: string;
  deadline: number;
  priority: string;
  actions: string[];
  timeline: { status: string; note: string; by?: string }[];
  access: { clerk: string; reason: string }[];
  answer?: { outcome: string; code: number; executor: { name: string } };
  materials: { comment: string }[];
  resendOf?: { number: string };
  rating?: { scores: Record<string, number> };
  escalated: boolean;
  extension?: { reason: string };
};

const appeal = (extra: Record<string, unknown> = {}) => ({
  draftId: crypto.randomUUID(),
  type: 'request',
  topic: 'general',
  subject: 'Как получить справку о составе семьи',
  description: 'Подскажите, в какой срок выдаётся справка и нужен ли личный визит.',
  priority: 'low',
  contacts: { name: 'Иванова Мария', phone: PHONE, email: 'ivanova@example.ru' },
  ...extra,
});

async function send(extra: Record<string, unknown> = {}, scenario = 'manual') {
  return server.post<Appeal>('/appeals', appeal(extra), { ...auth, 'X-Okno-Appeal-Scenario': scenario });
}
/** Moves the simulated clock, keeping the citizen signed in. */
const jump = (ms: number) => server.post('/_sim/clock', { advanceMs: ms, keepSessions: true });
const act = (id: string, body: unknown) => server.post<Appeal>(`/operator/appeals/${id}/action`, body, CLERK);
const ANSWER = {
  outcome: 'done',
  code: 210,
  explanation: 'Справка выдаётся в день обращения через портал.',
  nextSteps: 'Подайте заявление в каталоге услуг.',
  executor: { name: 'Петрова Ольга Ивановна', position: 'Ведущий специалист', phone: '+7 495 555-01-17' },
};

beforeEach(async () => {
  server = createTestServer();
  ({ auth } = await server.registerCitizen(PHONE));
  await server.db.accounts.toCollection().modify({ identityLevel: 'confirmed' });
  PIN = await server.staff('2468');
  CLERK = { ...PIN, 'X-Okno-Clerk': encodeURIComponent('Петрова Ольга Ивановна') };
});
afterEach(async () => {
  await server.close();
});

describe('appeals: sending', () => {
  it('gives an 8-digit number, «Отправлено», an expected answer date and an SMS', async () => {
    const sent = await send();
    expect(sent.status).toBe(201);
    expect(sent.body.number).toMatch(/^\d{8}$/);
    expect(sent.body.status).toBe('sent');
    expect(sent.body.deadline).toBeGreaterThan(Date.parse('2026-03-31T00:00:00Z'));
    const sms = await server.db.inbox.where('to').equals(PHONE).toArray();
    expect(sms.at(-1)!.body).toContain(`№ ${sent.body.number} получено`);
    expect((await server.db.changes.toArray()).some((c) => c.entity === 'appeal' && c.id === sent.body.id)).toBe(true);
  });

  it('sends a draft once however often it arrives', async () => {
    const body = appeal();
    const first = await server.post<Appeal>('/appeals', body, auth);
    const again = await server.post<Appeal>('/appeals', body, auth);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    expect((await server.get<{ appeals: Appeal[] }>('/appeals', auth)).body.appeals).toHaveLength(1);
  });

  it('refuses an unconfirmed account, bad fields and an objection without a number', async () => {
    const bad = await send({ subject: 'ab', contacts: { name: 'Иванова Мария', phone: '123', email: 'ivanova@example.ru' } });
    expect(bad.status).toBe(422);
    expect((bad.body as unknown as ErrorBody).error.fields).toEqual({ subject: 'subject_too_short', 'contacts.phone': 'phone_format' });
    const objection = await send({ type: 'objection' });
    expect((objection.body as unknown as ErrorBody).error.fields).toEqual({ relatedNumber: 'related_required' });
    await server.db.accounts.toCollection().modify({ identityLevel: 'standard' });
    expect((await send()).status).toBe(403);
  });

  it('checks attached files by their bytes, not their names', async () => {
    const form = new FormData();
    const fake = new TextEncoder().encode('not a picture at all');
    const hash = async (bytes: Uint8Array<ArrayBuffer>) =>
      Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)), (b) => b.toString(16).padStart(2, '0')).join('');
    form.set('appeal', JSON.stringify(appeal({ attachments: [{ name: 'screen.png', sha256: await hash(fake), screenshot: true }] })));
    form.set('file:0', new Blob([fake]), 'screen.png');
    const refused = await server.send('POST', '/appeals', undefined, auth, form);
    expect((refused.body as unknown as ErrorBody).error.fields).toEqual({ 'attachments.0': 'file_unknown_type' });
  });
});

describe('appeals: the citizen acts', () => {
  it('edits until processing starts, then says it is locked', async () => {
    const { body } = await send();
    const edit = {
      subject: 'Справка о составе семьи: срок',
      description: 'Уточняю вопрос: сколько дней готовится справка?',
      contacts: { name: 'Иванова Мария', phone: PHONE, email: 'ivanova@example.ru' },
    };
    const edited = await server.send<Appeal & { subject: string }>('PUT', `/appeals/${body.id}`, edit, auth);
    expect(edited.status).toBe(200);
    expect(edited.body.subject).toBe(edit.subject);
    await act(body.id, { action: 'accept' });
    await jump(DAY);
    const locked = await server.send<ErrorBody>('PUT', `/appeals/${body.id}`, edit, auth);
    expect(locked.status).toBe(409);
    expect(locked.body.error.code).toBe('appeal_locked');
  });

  it('adds materials when asked, which leads to «Перепроверено»; refuses them otherwise', async () => {
    const { body } = await send();
    expect((await server.post<ErrorBody>(`/appeals/${body.id}/materials`, { comment: 'Вот скриншот' }, auth)).body.error.code).toBe('not_awaiting');
    await act(body.id, { action: 'accept' });
    await act(body.id, { action: 'request_documents', documents: 'Скриншот ошибки' });
    const added = await server.post<Appeal>(`/appeals/${body.id}/materials`, { comment: 'Прилагаю описание ошибки' }, auth);
    expect(added.body.status).toBe('rechecked');
    expect(added.body.materials[0]!.comment).toBe('Прилагаю описание ошибки');
  });

  it('allows a repeat request only after 48 hours without change; it raises priority and may escalate', async () => {
    const { body } = await send();
    const early = await server.post<ErrorBody>(`/appeals/${body.id}/repeat`, { escalate: true }, auth);
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('repeat_too_early');
    await jump(49 * HOUR);
    const repeated = await server.post<Appeal>(`/appeals/${body.id}/repeat`, { escalate: true }, auth);
    expect(repeated.body.priority).toBe('medium');
    expect(repeated.body.escalated).toBe(true);
  });

  it('sends again after «Отказано», linked to the old number; not before', async () => {
    const { body } = await send();
    expect((await send({ resendOf: body.id })).status).toBe(409);
    await act(body.id, { action: 'refuse', reason: 'no_subject', comment: 'Не указано, о какой справке речь' });
    const again = await send({ resendOf: body.id });
    expect(again.status).toBe(201);
    expect(again.body.resendOf!.number).toBe(body.number);
  });

  it('closes on «Завершить» and rates the answer once, 1–5 per criterion', async () => {
    const { body } = await send();
    const scores = { timeliness: 5, clarity: 4, completeness: 4, courtesy: 5 };
    expect((await server.post<ErrorBody>(`/appeals/${body.id}/rating`, { scores }, auth)).body.error.code).toBe('no_answer');
    await act(body.id, { action: 'accept' });
    await act(body.id, { action: 'answer', answer: ANSWER });
    expect((await server.post(`/appeals/${body.id}/rating`, { scores: { ...scores, clarity: 6 } }, auth)).status).toBe(422);
    const rated = await server.post<Appeal>(`/appeals/${body.id}/rating`, { scores, comment: 'Спасибо' }, auth);
    expect(rated.body.rating!.scores).toEqual(scores);
    expect((await server.post<ErrorBody>(`/appeals/${body.id}/rating`, { scores }, auth)).body.error.code).toBe('already_rated');
    const closed = await server.post<Appeal>(`/appeals/${body.id}/close`, {}, auth);
    expect(closed.body.status).toBe('closed');
  });

  it('never shows one citizen another’s appeal', async () => {
    const { body } = await send();
    await server.db.accounts.toCollection().modify({ email: 'first@example.ru' });
    const other = await server.registerCitizen('+79000000001');
    expect((await server.get(`/appeals/${body.id}`, other.auth)).status).toBe(404);
    expect((await server.get<{ appeals: Appeal[] }>('/appeals', other.auth)).body.appeals).toEqual([]);
  });
});

describe('appeals: the department', () => {
  it('queues appeals for the PIN holder only, nearest term first, with filters', async () => {
    const complaint = await send({ type: 'complaint', grounds: 'refused_documents', relatedNumber: '2026-7K3M-9QXA' });
    await send();
    expect((await server.get('/operator/appeals')).status).toBe(403);
    const queue = await server.get<{ appeals: Appeal[] }>('/operator/appeals', PIN);
    expect(queue.body.appeals.map((a) => a.id)[0]).toBe(complaint.body.id);
    expect((await server.get<{ appeals: Appeal[] }>('/operator/appeals?type=complaint', PIN)).body.appeals).toHaveLength(1);
  });

  it('logs every opening with who and why, and the citizen sees it', async () => {
    const { body } = await send();
    expect((await server.get(`/operator/appeals/${body.id}`, CLERK)).status).toBe(422);
    await server.get(`/operator/appeals/${body.id}?reason=term_control`, CLERK);
    const mine = await server.get<Appeal>(`/appeals/${body.id}`, auth);
    expect(mine.body.access).toEqual([expect.objectContaining({ clerk: 'Петрова Ольга Ивановна', reason: 'term_control' })]);
  });

  it('works an appeal: accept, expert review, extend with a reason once, answer with code and executor', async () => {
    const { body } = await send();
    await act(body.id, { action: 'accept' });
    await jump(DAY);
    expect((await act(body.id, { action: 'review' })).body.status).toBe('expert_review');
    const extended = await act(body.id, { action: 'extend', reason: 'Нужен ответ другого ведомства' });
    expect(extended.body.deadline - body.deadline).toBeGreaterThanOrEqual(29 * DAY);
    expect((await act(body.id, { action: 'extend', reason: 'Ещё раз' })).status).toBe(409);
    const answered = await act(body.id, { action: 'answer', answer: ANSWER });
    expect(answered.body.status).toBe('answered');
    expect(answered.body.answer).toMatchObject({ outcome: 'done', code: 210, executor: { name: 'Петрова Ольга Ивановна' } });
    const emails = await server.db.inbox.where('to').equals('ivanova@example.ru').toArray();
    expect(emails.some((m) => m.subject === `Ответ на обращение № ${body.number}`)).toBe(true);
  });

  it('refuses the actions that do not fit: a complaint cannot be extended, a sent appeal not answered', async () => {
    const complaint = await send({ type: 'complaint' });
    expect((await act(complaint.body.id, { action: 'answer', answer: ANSWER })).status).toBe(409);
    await act(complaint.body.id, { action: 'accept' });
    expect((await act(complaint.body.id, { action: 'extend', reason: 'Нужна проверка' })).status).toBe(409);
    expect((await act(complaint.body.id, { action: 'answer', answer: { ...ANSWER, code: 42 } })).status).toBe(422);
  });

  it('settles scripted stories on a clock jump: answered in term by itself', async () => {
    const { body } = await send({}, 'answered');
    await server.post('/_sim/clock', { advanceMs: 20 * DAY });
    const row = await server.db.appeals.get(body.id);
    expect(row!.status).toBe('answered');
    expect(row!.state.answer!.late).toBe(false);
  });

  it('archives a closed appeal five years on by the clock, records the change and still shows it', async () => {
    const { body } = await send();
    await act(body.id, { action: 'accept' });
    await act(body.id, { action: 'answer', answer: ANSWER });
    await server.post(`/appeals/${body.id}/close`, {}, auth);
    const before = (await server.db.changes.toArray()).length;
    await jump(5 * 366 * DAY);
    const row = await server.db.appeals.get(body.id);
    expect(row!.state.archivedAt).toBeGreaterThan(row!.sentAt);
    expect(row!.next).toBeUndefined();
    // The change feed carries the move, so the device's mirror hears of it without a read.
    expect((await server.db.changes.toArray()).slice(before).some((c) => c.entity === 'appeal' && c.id === body.id)).toBe(true);
    const read = await server.get<Appeal & { archivedAt?: number }>(`/appeals/${body.id}`, auth);
    expect(read.body.archivedAt).toBe(row!.state.archivedAt);
    expect(read.body.answer!.code).toBe(210);
  });
});

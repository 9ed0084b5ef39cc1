// The walk's appeals and support chat: an appeal edited while new, repeated after 48 quiet hours, asked
// for materials by a clerk, answered, rated and its signed answer checked; a support request with a
// callback booked ahead, answered and reopened; a chat handed to a clerk who answers with a file.
// Test-only.
import { readFileSync } from 'node:fs';
import { formatMoscowDateTime } from '../../domain/calendar';
import { CONTRACT } from './contract';
import { HOUR, PHONE, type PlannedStep, type WalkKit } from './walkTypes';

const PICTURE = readFileSync(new URL('../../../test/fixtures/files/sample.png', import.meta.url));
const MANUAL = { 'X-Okno-Appeal-Scenario': 'manual' };
const CONTACTS = { name: 'Иванова Мария', phone: PHONE, email: 'ivanova@example.ru' };
const ANSWER = {
  outcome: 'done',
  code: 210,
  explanation: 'Справка выдаётся в день обращения через портал.',
  nextSteps: 'Подайте заявление в каталоге услуг.',
  executor: { name: 'Петрова Ольга Ивановна', position: 'Ведущий специалист', phone: '+7 495 555-01-17' },
};
const SUPPORT_REQUEST = {
  type: 'support',
  topic: 'general',
  category: 'technical',
  subject: 'Страница оплаты показывает ошибку',
  description: 'После нажатия «Оплатить» появляется экран с ошибкой.',
  wanted: 'Оплатить пошлину',
  tried: 'Обновила страницу',
  priority: 'low',
  contacts: CONTACTS,
};

export function appealSteps(kit: WalkKit): PlannedStep[] {
  const { ids, keep, world } = kit;
  const clerk = () => ({ ...world.staff, 'X-Okno-Clerk': encodeURIComponent('Петрова Ольга Ивановна') });
  const clerkActs = (id: string, body: unknown) => kit.post(`/operator/appeals/${id}/action`, body, clerk());
  const appeal = () => ({ params: { id: ids.appealId! } });
  const chat = () => ({ params: { id: ids.chatId! } });
  return [
    { route: 'POST /api/appeals', headers: MANUAL, keep: keep('appealId') },
    { route: 'GET /api/appeals' },
    () => ({ route: 'GET /api/appeals/:id', ...appeal() }),
    () => ({
      route: 'PUT /api/appeals/:id',
      ...appeal(),
      body: { subject: 'Справка о составе семьи', description: 'Подскажите срок выдачи.', contacts: CONTACTS },
    }),
    async () => {
      await kit.jump(49 * HOUR); // a repeat request only after 48 hours without change
      return { route: 'POST /api/appeals/:id/repeat', ...appeal() };
    },
    { route: 'GET /api/operator/appeals', as: 'operator' },
    () => ({ route: 'GET /api/operator/appeals/:id', ...appeal(), as: 'operator' }),
    () => ({ route: 'POST /api/operator/appeals/:id/action', ...appeal(), as: 'operator' }),
    async () => {
      await clerkActs(ids.appealId!, { action: 'request_documents', documents: 'Копия договора найма' });
      return { route: 'POST /api/appeals/:id/materials', ...appeal() };
    },
    async () => {
      await clerkActs(ids.appealId!, { action: 'answer', answer: ANSWER });
      return { route: 'POST /api/appeals/:id/rating', ...appeal() };
    },
    () => ({ route: 'GET /api/appeals/:id/answer', ...appeal(), keep: keep('answerJson', 'json') }),
    () => ({ route: 'GET /api/appeals/:id/answer/pdf', ...appeal() }),
    () => ({ route: 'POST /api/appeals/answers/verify', body: { text: ids.answerJson } }),
    () => ({ route: 'POST /api/appeals/:id/close', ...appeal() }),
    async () => {
      const sent = await kit.post<{ id: string }>('/appeals', { ...SUPPORT_REQUEST, draftId: crypto.randomUUID() }, { ...world.auth, ...MANUAL });
      ids.supportId = sent.body.id;
      return {
        route: 'POST /api/appeals/:id/callback',
        params: { id: sent.body.id },
        body: { callAt: formatMoscowDateTime((await kit.now()) + 2 * HOUR), phone: PHONE },
      };
    },
    async () => {
      await clerkActs(ids.supportId!, { action: 'accept', comment: '' });
      await clerkActs(ids.supportId!, { action: 'answer', answer: ANSWER });
      return { route: 'POST /api/appeals/:id/reopen', params: { id: ids.supportId! } };
    },
    { route: 'GET /api/_sim/appeal-scenario' },
    { route: 'POST /api/_sim/appeal-scenario' },
    () => ({
      route: 'POST /api/support/chats/:id/messages',
      ...chat(),
      body: {
        ...(CONTRACT['POST /api/support/chats/:id/messages']!.example!.body as object),
        chatId: ids.chatId,
        messages: [{ id: 'm1', at: kit.start, from: 'citizen', text: 'Как записаться в МФЦ?' }],
      },
    }),
    () => ({ route: 'GET /api/support/chats/:id', ...chat() }),
    () => ({ route: 'POST /api/support/chats/:id/handover', ...chat() }),
    { route: 'GET /api/operator/chats', as: 'operator' },
    () => ({ route: 'GET /api/operator/chats/:id', ...chat(), as: 'operator' }),
    () => ({ route: 'POST /api/operator/chats/:id/take', ...chat(), as: 'operator' }),
    () => ({
      route: 'POST /api/operator/chats/:id/answer',
      ...chat(),
      as: 'operator',
      form: kit.form({ text: 'Здравствуйте! Запись открыта.', file: new File([new Uint8Array(PICTURE)], 'шаг.png', { type: 'image/png' }) }),
    }),
    async () => {
      const { messages } = (await kit.get<{ messages: { from: string; file?: { id: string } }[] }>(`/support/chats/${ids.chatId}`, {})).body;
      return { route: 'GET /api/support/chats/:id/files/:fileId', params: { id: ids.chatId!, fileId: messages.find((m) => m.file)!.file!.id } };
    },
    () => ({ route: 'POST /api/operator/chats/:id/close', ...chat(), as: 'operator' }),
    () => ({ route: 'POST /api/support/chats/:id/rating', ...chat() }),
  ];
}

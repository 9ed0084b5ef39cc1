import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChatMessage, ChatView } from '../../domain/support/chat';
import { createTestServer, type TestServer } from '../testServer';

const MINUTE = 60_000;
let server: TestServer;
afterEach(() => server.close());

const citizen = (text: string, id = crypto.randomUUID()): ChatMessage => ({ id, at: 0, from: 'citizen', text });

async function startChat(text: string, headers: Record<string, string> = {}) {
  const chatId = crypto.randomUUID();
  const answer = await server.post<ChatView>(
    `/support/chats/${chatId}/messages`,
    {
      chatId,
      locale: 'ru',
      messages: [
        citizen(text),
        { id: crypto.randomUUID(), at: 0, from: 'bot', kind: 'articles', category: 'signin', articleIds: ['selfhelp-locked-out'] },
      ],
    },
    headers,
  );
  expect(answer.status).toBe(200);
  return chatId;
}

describe('support chats', () => {
  it('keeps a guest chat by its id, in the order sent, on the server clock', async () => {
    server = createTestServer();
    const id = await startChat('вход заблокирован');
    const chat = await server.get<ChatView>(`/support/chats/${id}`);
    expect(chat.body.status).toBe('bot');
    expect(chat.body.messages.map((m) => m.from)).toEqual(['citizen', 'bot']);
  });

  it('hands over within operator hours (12:00 Moscow) and queues the chat for the console', async () => {
    server = createTestServer();
    const id = await startChat('вход заблокирован');
    const handed = await server.post<ChatView>(`/support/chats/${id}/handover`, { category: 'signin' });
    expect(handed.body.status).toBe('queued');
    const queue = await server.get<{ id: string }[]>('/operator/chats', await server.staff('1234'));
    expect(queue.body.map((c) => c.id)).toEqual([id]);
  });

  it('outside operator hours (23:00 Moscow) offers a request instead and stays with the bot', async () => {
    server = createTestServer();
    server.wait(11 * 60 * MINUTE);
    const id = await startChat('вход заблокирован');
    const handed = await server.post<ChatView>(`/support/chats/${id}/handover`, {});
    expect(handed.body.status).toBe('bot');
    const last = handed.body.messages.at(-1)!;
    expect(last.from === 'bot' && last.kind).toBe('off_hours');
    // The next shift starts at 08:00 Moscow = 05:00 UTC the next day.
    expect(last.from === 'bot' && new Date(last.until!).toISOString()).toBe('2026-03-03T05:00:00.000Z');
  });

  it('lets the scripted operator answer from the knowledge base after a wait, caught up on read, the same for the same chat', async () => {
    server = createTestServer();
    const id = await startChat('учетную запись заблокировали');
    await server.post(`/support/chats/${id}/handover`, {});
    expect((await server.get<ChatView>(`/support/chats/${id}`)).body.messages.some((m) => m.from === 'operator')).toBe(false);
    server.wait(10 * MINUTE);
    const first = (await server.get<ChatView>(`/support/chats/${id}`)).body;
    const operator = first.messages.filter((m) => m.from === 'operator');
    expect(first.status).toBe('taken');
    expect(operator[0]?.from === 'operator' && operator[0].text).toMatch(/неверных паролей/);
    const again = (await server.get<ChatView>(`/support/chats/${id}`)).body;
    expect(again.messages).toEqual(first.messages);
  });

  it('keeps the scripted operator away from a chat a clerk took; the clerk answers with a file and closes', async () => {
    server = createTestServer();
    const id = await startChat('не могу войти');
    await server.post(`/support/chats/${id}/handover`, {});
    const pin = await server.staff('1234');
    await server.post(`/operator/chats/${id}/take`, {}, pin);
    const form = new FormData();
    form.set('text', 'Сбросьте пароль по ссылке «Забыли пароль?».');
    form.set('file', new File([readFileSync(new URL('../../../test/fixtures/files/sample.png', import.meta.url))], 'шаг.png'));
    const answered = await server.send<ChatView>('POST', `/operator/chats/${id}/answer`, undefined, pin, form);
    expect(answered.status).toBe(200);
    server.wait(30 * MINUTE);
    const chat = (await server.get<ChatView>(`/support/chats/${id}`)).body;
    const operator = chat.messages.filter((m) => m.from === 'operator');
    expect(operator).toHaveLength(1);
    expect(operator[0]?.from === 'operator' && operator[0].file?.name).toBe('шаг.png');
    await server.post(`/operator/chats/${id}/close`, {}, pin);
    expect((await server.get<ChatView>(`/support/chats/${id}`)).body.status).toBe('closed');
  });

  it('takes a rating of 1–5 once an operator answered, and refuses one out of range', async () => {
    server = createTestServer();
    const id = await startChat('не могу войти');
    expect((await server.post(`/support/chats/${id}/rating`, { stars: 5, comment: '' })).status).toBe(409);
    await server.post(`/support/chats/${id}/handover`, {});
    server.wait(10 * MINUTE);
    expect((await server.post(`/support/chats/${id}/rating`, { stars: 6, comment: '' })).status).toBe(422);
    const rated = await server.post<ChatView>(`/support/chats/${id}/rating`, { stars: 4, comment: 'Быстро' });
    expect(rated.body.rating?.stars).toBe(4);
    expect(rated.body.status).toBe('closed');
  });

  it("keeps a signed-in citizen's chat from anyone without her session", async () => {
    server = createTestServer();
    const maria = await server.registerCitizen();
    const id = await startChat('не могу оплатить', maria.auth);
    const denied = await server.post(`/support/chats/${id}/messages`, { chatId: id, locale: 'ru', messages: [citizen('чужое')] });
    expect(denied.status).toBe(403);
  });
});

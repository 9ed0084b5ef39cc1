// Portal news from the operator console: who receives it, in which channels, and the daily digest that
// holds the outside messages of a citizen who chose it until its hour.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_NOTIFICATION_PREFS, type NotificationPrefs } from '../../domain/notifications';
import { DEMO_CITIZEN } from '../demoData';
import { createTestServer, type TestServer } from '../testServer';
import { DEMO_NEWS } from './demoNews';

const HOUR = 3_600_000;
const NEWS = { title: 'Новый раздел «Справки»', text: 'Справки теперь можно заказать в одном месте.' };
let server: TestServer;
let staff: Record<string, string>;

beforeEach(async () => {
  server = createTestServer();
  await server.post('/_sim/operator', { pin: '2468' });
  const { body } = await server.post<{ token: string }>('/operator/check', { pin: '2468' });
  staff = { 'X-Okno-Operator': body.token };
});
afterEach(() => server.close());

async function citizen(phone: string, email: string, prefs: Partial<NotificationPrefs>) {
  const { auth } = await server.registerCitizen(phone, email);
  const put = await server.send('PUT', '/me/notifications', { ...DEFAULT_NOTIFICATION_PREFS, ...prefs }, auth);
  expect(put.status).toBe(200);
  return auth;
}
/** Messages to one address, codes left out. */
const inboxOf = async (to: string) => (await server.db.inbox.where('to').equals(to).sortBy('id')).filter((m) => !/\d{6}/.test(m.body));
const noticesOf = async (auth: Record<string, string>) =>
  (await server.get<{ notices: { kind: string; params: Record<string, string> }[] }>('/notifications', auth)).body.notices;

describe('portal news', () => {
  it('reaches those who turned news on, in their channels, and nobody else', async () => {
    const reader = await citizen('+79120000001', 'reader@example.ru', { news: { inapp: true, sms: false, email: true, push: false } });
    const quiet = await citizen('+79120000002', 'quiet@example.ru', {});
    const before = (await inboxOf('reader@example.ru')).length;
    const published = await server.post<{ inApp: number; outside: number }>('/operator/news', NEWS, staff);
    expect(published.status).toBe(201);
    expect(published.body).toMatchObject({ inApp: 1, outside: 1 });
    expect((await noticesOf(reader)).filter((n) => n.kind === 'news')[0]?.params).toEqual(NEWS);
    expect((await noticesOf(quiet)).filter((n) => n.kind === 'news')).toEqual([]);
    expect((await inboxOf('reader@example.ru')).slice(before).map((m) => m.subject)).toEqual([NEWS.title]);
    expect((await inboxOf('+79120000001')).some((m) => m.body.includes(NEWS.title))).toBe(false);
    expect((await server.db.inbox.toArray()).some((m) => m.subject === NEWS.title && m.to === 'quiet@example.ru')).toBe(false);
  });

  it('the demo seed publishes its news to the demo citizen, who has news on in the app and by e-mail', async () => {
    await server.post('/_sim/seed', {});
    const demo = (await server.db.accounts.where('phone').equals(DEMO_CITIZEN.phone).first())!;
    const news = (await server.db.notices.toArray()).filter((n) => n.kind === 'news');
    expect(news.map((n) => n.params.title).sort()).toEqual(DEMO_NEWS.map((item) => item.news.title).sort());
    expect(news.every((n) => n.accountId === demo.id)).toBe(true);
    const mail = await inboxOf(DEMO_CITIZEN.email);
    for (const item of DEMO_NEWS) expect(mail.some((m) => m.subject === item.news.title)).toBe(true);
  });

  it('needs a staff session and a title and text', async () => {
    expect((await server.post('/operator/news', NEWS)).status).toBe(403);
    expect((await server.post('/operator/news', { title: ' ', text: 'x' }, staff)).status).toBe(422);
    expect((await server.db.notices.toArray()).filter((n) => n.kind === 'news')).toEqual([]);
  });
});

describe('the daily digest', () => {
  it('keeps SMS and e-mail until 09:00 Moscow and sends one message listing each event; the app shows each at once', async () => {
    const auth = await citizen('+79120000003', 'digest@example.ru', {
      news: { inapp: true, sms: true, email: true, push: false },
      frequency: 'daily',
    });
    const mailBefore = (await inboxOf('digest@example.ru')).length;
    const smsBefore = (await inboxOf('+79120000003')).length;
    await server.post('/operator/news', NEWS, staff);
    await server.post('/operator/news', { title: 'Работы на портале', text: 'Ночью портал может отвечать медленнее.' }, staff);
    expect((await noticesOf(auth)).filter((n) => n.kind === 'news')).toHaveLength(2);
    expect(await inboxOf('digest@example.ru')).toHaveLength(mailBefore);
    expect(await server.db.digests.count()).toBe(1);
    // T0 is 12:00 in Moscow: the digest goes at 09:00 the next morning, to whoever asks first after it.
    await server.post('/_sim/clock', { advanceMs: 20 * HOUR, keepSessions: true });
    await server.get('/notifications', auth);
    expect(await inboxOf('digest@example.ru')).toHaveLength(mailBefore);
    await server.post('/_sim/clock', { advanceMs: 2 * HOUR, keepSessions: true });
    await server.get('/notifications', auth);
    const mail = (await inboxOf('digest@example.ru')).slice(mailBefore);
    expect(mail).toHaveLength(1);
    expect(mail[0]!.subject).toBe('Сводка уведомлений на 03.03.2026 09:00');
    expect(mail[0]!.body).toContain('С прошлой сводки событий: 2.');
    expect(mail[0]!.body).toContain(NEWS.title);
    expect(mail[0]!.body).toContain('Работы на портале');
    expect(mail[0]!.at).toBe(Date.parse('2026-03-03T06:00:00.000Z'));
    expect((await inboxOf('+79120000003')).slice(smsBefore)).toHaveLength(1);
    expect(await server.db.digests.count()).toBe(0);
    // Nothing is sent twice.
    await server.post('/_sim/clock', { advanceMs: 30 * HOUR, keepSessions: true });
    await server.get('/notifications', auth);
    expect((await inboxOf('digest@example.ru')).slice(mailBefore)).toHaveLength(1);
  });

  it('a case’s steps wait for the digest too, while the submission’s code comes at once', async () => {
    const auth = await citizen('+79120000004', 'steps@example.ru', { frequency: 'daily' });
    const sent = await server.sendFineApplication<{ id: string }>(auth, '+79120000004');
    expect(sent.status).toBe(201);
    expect((await inboxOf('+79120000004')).some((m) => m.body.includes('отправлено в ведомство'))).toBe(false);
    const [digest] = await server.db.digests.toArray();
    expect(digest?.items.some((item) => item.subject.includes('отправлено'))).toBe(true);
  });
});

// Publishing portal news: one in-app notice per account that wants news in the app, and the outside
// channels (SMS, e-mail, push — or the daily digest) as each account chose. Accounts that turned news
// off get nothing. Keys make a publication idempotent per account.
import type { NewsInput } from '../../domain/news';
import { wants } from '../../domain/notifications';
import { sendOutside } from '../digest/outbound';
import type { AfterCommit } from '../lifecycle';
import type { RequestContext } from '../router';

export const NEWS_TABLES = ['accounts', 'notices', 'inbox', 'changes', 'digests'] as const;

/** Call inside a rw transaction over NEWS_TABLES. */
export async function publishNews(ctx: RequestContext, id: string, news: NewsInput, at: number, after: AfterCommit[]) {
  let inApp = 0;
  let outside = 0;
  const body = `${news.title}. ${news.text}`;
  for (const account of await ctx.db.accounts.toArray()) {
    const prefs = account.notifications;
    if (wants(prefs, 'news', 'inapp')) {
      const key = `news:${id}:${account.id}`;
      if (await ctx.db.notices.where('key').equals(key).count()) continue;
      const noticeId = await ctx.db.notices.add({ key, accountId: account.id, kind: 'news', at, params: { title: news.title, text: news.text } });
      await ctx.recordChange('notice', String(noticeId), 'put', account.id);
      inApp += 1;
    }
    if ((['sms', 'email', 'push'] as const).some((channel) => wants(prefs, 'news', channel))) {
      await sendOutside(ctx, account, { kind: 'news', subject: news.title, body, at, url: '/notifications', tag: `news:${id}` }, after);
      outside += 1;
    }
  }
  return { id, inApp, outside };
}

/** Publishes in its own transaction and then runs the deferred pushes. */
export async function publishNewsNow(ctx: RequestContext, id: string, news: NewsInput, at: number) {
  const after: AfterCommit[] = [];
  const result = await ctx.db.transaction(
    'rw',
    NEWS_TABLES.map((name) => ctx.db.table(name)),
    () => publishNews(ctx, id, news, at, after),
  );
  for (const task of after) await task().catch((error) => console.warn('okno-server: news push failed', error));
  return result;
}

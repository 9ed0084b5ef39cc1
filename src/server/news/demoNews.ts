// The demo world's portal news, published when the demo citizen is made: she has «Новости портала» on
// (in the app and by e-mail), so the notification centre shows what news look like from the first click.
import type { NewsInput } from '../../domain/news';
import type { RequestContext } from '../router';
import { publishNewsNow } from './publish';

const DAY = 86_400_000;

export const DEMO_NEWS: { id: string; daysAgo: number; news: NewsInput }[] = [
  {
    id: 'demo-news-certificates',
    daysAgo: 9,
    news: {
      title: 'Справку о несудимости можно получить быстрее',
      text: 'Если данные заявления совпали с реестром, электронная справка приходит в личный кабинет в течение нескольких минут.',
    },
  },
  {
    id: 'demo-news-offices',
    daysAgo: 2,
    news: {
      title: 'Запись в МФЦ на выходные',
      text: 'Часть центров теперь принимает по субботам. Свободное время видно в разделе «Клиентские службы».',
    },
  },
];

/** Publishes the demo news (idempotent per account by their fixed ids). */
export async function publishDemoNews(ctx: RequestContext): Promise<void> {
  for (const { id, daysAgo, news } of DEMO_NEWS) await publishNewsNow(ctx, id, news, ctx.now - daysAgo * DAY);
}

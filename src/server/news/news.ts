// POST /api/operator/news: the operator console publishes a portal news item (audited like other acts).
import { NewsInputSchema } from '../../domain/news';
import { randomId } from '../auth/codes';
import { json, readJson } from '../http';
import { audit, requireOperator } from '../operator';
import type { Handler } from '../router';
import { publishNewsNow } from './publish';

export const postNews: Handler = async (ctx) => {
  await requireOperator(ctx);
  const news = await readJson(ctx.request, NewsInputSchema);
  const result = await publishNewsNow(ctx, randomId(), news, ctx.now);
  await audit(ctx, { action: 'news_published', detail: news.title });
  return json(result, 201);
};

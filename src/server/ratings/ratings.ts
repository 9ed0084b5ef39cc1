// «Оценить услугу» in the department: the citizen rates a ready or issued result (one rating per
// application, changed by rating again), and anyone reads a service's statistics over every account's
// ratings — counts and a mean, never who rated or what they wrote.
import { summarizeRatings } from '../../domain/answers/ratings';
import { isRateable, RatingInputSchema, type RatingView } from '../../domain/ratings/rating';
import { findService } from '../../domain/catalog/services';
import { caseView } from '../handlers/caseView';
import { ownCase } from '../handlers/applications';
import { ApiError, json, readJson } from '../http';
import type { Handler, RequestContext } from '../router';
import type { CaseRow } from '../rows';
import type { RatingRow } from './rows';

/** PUT /api/applications/:id/rating — sets or changes the citizen's rating of this application. */
export const putRating: Handler = async (ctx) => {
  const row = await ownCase(ctx);
  const input = await readJson(ctx.request, RatingInputSchema);
  if (!isRateable(row.status))
    throw new ApiError(409, 'not_rateable', 'A service is rated once its result is ready', undefined, { status: row.status });
  const rating: RatingView = { stars: input.stars, at: ctx.now, ...(input.comment ? { comment: input.comment } : {}) };
  return json(caseView(await storeRating(ctx, row, rating)));
};

/**
 * Writes the rating on the case (which the change feed carries to the owner's devices) and in the
 * ratings table (which the statistics read), in one transaction so the two never disagree.
 */
export async function storeRating(ctx: Pick<RequestContext, 'db' | 'recordChange'>, row: CaseRow, rating: RatingView): Promise<CaseRow> {
  return ctx.db.transaction('rw', [ctx.db.cases, ctx.db.ratings, ctx.db.changes], async () => {
    const fresh = (await ctx.db.cases.get(row.id))!;
    const updated: CaseRow = { ...fresh, rating };
    const entry: RatingRow = { caseId: row.id, accountId: row.accountId, serviceId: row.serviceId, stars: rating.stars, at: rating.at };
    if (rating.comment) entry.comment = rating.comment;
    await ctx.db.cases.put(updated);
    await ctx.db.ratings.put(entry);
    await ctx.recordChange('case', row.id, 'put', row.accountId);
    return updated;
  });
}

/** GET /api/catalog/services/:id/ratings — public, like the catalog itself. */
export const getServiceRatings: Handler = async (ctx) => {
  const serviceId = ctx.params.id ?? '';
  if (!findService(serviceId)) throw new ApiError(404, 'not_found', 'No such service');
  const rows = await ctx.db.ratings.where('serviceId').equals(serviceId).toArray();
  return json(
    summarizeRatings(
      serviceId,
      rows.map((r) => r.stars),
    ),
  );
};

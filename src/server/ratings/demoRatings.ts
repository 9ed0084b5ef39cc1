// Ratings for the demo world, so the catalog shows statistics from the first click: other citizens'
// (anonymous rows owned by DEMO_OTHERS, an id no account has, so no device ever receives them) and the
// demo citizen's own for her first issued result.
import type { RequestContext } from '../router';
import type { CaseRow } from '../rows';
import type { RatingRow } from './rows';
import { storeRating } from './ratings';

/** The owner of the demo's anonymous ratings: never an account, so nothing of them reaches a person. */
export const DEMO_OTHERS = 'demo-other-citizens';
const DAY = 86_400_000;

/** Stars other citizens gave, per service (a plausible spread: mostly good, some bad). */
export const DEMO_STARS: Record<string, number[]> = {
  'residence-certificate': [5, 5, 4, 5, 3, 5, 4, 5, 2, 5, 4, 5],
  'criminal-record-certificate': [4, 5, 3, 4, 4, 2, 5, 4, 1],
  'foreign-passport': [3, 4, 2, 5, 3, 4, 1, 3],
  'pension-statement': [5, 4, 5, 5, 4],
  'child-benefit': [4, 3, 5, 4, 2, 4],
};

export async function seedDemoRatings(ctx: Pick<RequestContext, 'db' | 'now' | 'recordChange'>, cases: readonly CaseRow[]): Promise<void> {
  const others: RatingRow[] = Object.entries(DEMO_STARS).flatMap(([serviceId, stars]) =>
    stars.map((value, i) => ({
      caseId: `demo-rating:${serviceId}:${i}`,
      accountId: DEMO_OTHERS,
      serviceId,
      stars: value,
      at: ctx.now - (i + 1) * 3 * DAY,
    })),
  );
  await ctx.db.ratings.bulkPut(others);
  const issued = cases.find((row) => row.status === 'issued');
  if (issued) await storeRating(ctx, issued, { stars: 5, comment: 'Справка пришла раньше срока, всё понятно.', at: ctx.now - DAY });
}

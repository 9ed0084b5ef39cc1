// «Оценить услугу»: what a citizen may say about a service once its result is ready, and how many
// ratings make a service's statistics. Shared by the case page, the mock backend and the catalog.
import * as v from 'valibot';
import { StarsSchema } from '../rating';
import type { ApplicationStatus } from '../statuses';

/** The comment's limit in characters: a sentence or two, not a complaint (those go to «Обращения»). */
export const RATING_COMMENT_MAX = 500;
/** A result exists from «Готово» on: only then has the citizen something to judge. */
export const RATEABLE_STATUSES: readonly ApplicationStatus[] = ['ready', 'issued'];

export const RatingInputSchema = v.object({
  stars: StarsSchema,
  comment: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(RATING_COMMENT_MAX, 'rating_comment_long')), ''),
});
export type RatingInput = v.InferOutput<typeof RatingInputSchema>;

/** The citizen's own rating as the case carries it; `at` is the simulated moment of the last change. */
export const RatingViewSchema = v.object({
  stars: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5)),
  comment: v.optional(v.string()),
  at: v.number(),
});
export type RatingView = v.InferOutput<typeof RatingViewSchema>;

export function isRateable(status: ApplicationStatus): boolean {
  return RATEABLE_STATUSES.includes(status);
}

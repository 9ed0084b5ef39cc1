// The public answer about a service's ratings: every account's ratings summed up, never who gave them.
import * as v from 'valibot';

export const ServiceRatingsSchema = v.object({
  serviceId: v.string(),
  count: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** The mean to one decimal; null while nobody has rated the service. */
  mean: v.nullable(v.number()),
  /** How many gave 1, 2, 3, 4 and 5 stars, in that order. */
  stars: v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(0))), v.length(5)),
});
export type ServiceRatings = v.InferOutput<typeof ServiceRatingsSchema>;

/** Sums up the stars given (each 1–5). The mean is rounded half up to one decimal, as shops show it. */
export function summarizeRatings(serviceId: string, given: readonly number[]): ServiceRatings {
  const stars = [0, 0, 0, 0, 0];
  for (const value of given) stars[value - 1]! += 1;
  const count = given.length;
  const total = given.reduce((sum, value) => sum + value, 0);
  return { serviceId, count, mean: count ? Math.round((total / count) * 10 + 1e-9) / 10 : null, stars };
}

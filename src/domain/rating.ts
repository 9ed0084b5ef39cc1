// A rating of 1 to 5 stars, the same rule wherever a citizen rates something (an appeal's answer, a
// support chat, a service): a whole number, and a choice that was not made is named as such.
import * as v from 'valibot';

export const STARS = [1, 2, 3, 4, 5] as const;

export const StarsSchema = v.pipe(
  v.number('rating_required'),
  v.integer('rating_range'),
  v.minValue(1, 'rating_range'),
  v.maxValue(5, 'rating_range'),
);

/** A form's radio value ('' when nothing is chosen) as the number the schema checks. */
export const starsInput = (value: unknown): number | undefined => (value === undefined || value === '' ? undefined : Number(value));

import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { summarizeRatings } from '../answers/ratings';
import { isRateable, RATING_COMMENT_MAX, RatingInputSchema } from './rating';

const codes = (input: unknown) => {
  const result = v.safeParse(RatingInputSchema, input);
  return result.success ? [] : result.issues.map((issue) => issue.message);
};

describe('a service rating', () => {
  it('takes 1 to 5 whole stars and a comment of up to 500 characters, trimmed', () => {
    expect(v.parse(RatingInputSchema, { stars: 5, comment: '  Быстро и понятно  ' })).toEqual({ stars: 5, comment: 'Быстро и понятно' });
    expect(v.parse(RatingInputSchema, { stars: 1 })).toEqual({ stars: 1, comment: '' });
    expect(codes({ stars: 3, comment: 'я'.repeat(RATING_COMMENT_MAX) })).toEqual([]);
  });

  it('names what is wrong: no stars, stars out of range, a comment too long', () => {
    expect(codes({ stars: undefined })).toEqual(['rating_required']);
    expect(codes({ stars: 0 })).toEqual(['rating_range']);
    expect(codes({ stars: 6 })).toEqual(['rating_range']);
    expect(codes({ stars: 4.5 })).toEqual(['rating_range']);
    expect(codes({ stars: 4, comment: 'я'.repeat(RATING_COMMENT_MAX + 1) })).toEqual(['rating_comment_long']);
  });

  it('is offered only once a result is ready or issued', () => {
    expect(isRateable('ready')).toBe(true);
    expect(isRateable('issued')).toBe(true);
    expect(isRateable('in_processing')).toBe(false);
    expect(isRateable('rejected')).toBe(false);
  });
});

describe('a service’s statistics', () => {
  it('count, mean to one decimal and how many gave each number of stars', () => {
    expect(summarizeRatings('s', [5, 4, 4, 2])).toEqual({ serviceId: 's', count: 4, mean: 3.8, stars: [0, 1, 0, 2, 1] });
    // 4.25 shows as 4.3, not 4.2: half up, not the float's whim.
    expect(summarizeRatings('s', [5, 4, 4, 4]).mean).toBe(4.3);
    expect(summarizeRatings('s', [5, 5, 4]).mean).toBe(4.7);
  });

  it('has no mean while nobody has rated', () => {
    expect(summarizeRatings('s', [])).toEqual({ serviceId: 's', count: 0, mean: null, stars: [0, 0, 0, 0, 0] });
  });
});

import { describe, expect, it } from 'vitest';
import { nextDigestAt } from './digest';

const msk = (iso: string) => Date.parse(`${iso}+03:00`);

describe('the daily digest hour', () => {
  it('is 09:00 Moscow the same day before nine, the next day from nine on', () => {
    expect(nextDigestAt(msk('2026-03-02T08:59:00'))).toBe(msk('2026-03-02T09:00:00'));
    expect(nextDigestAt(msk('2026-03-02T09:00:00'))).toBe(msk('2026-03-03T09:00:00'));
    expect(nextDigestAt(msk('2026-03-02T23:30:00'))).toBe(msk('2026-03-03T09:00:00'));
  });

  it('crosses a month and a year', () => {
    expect(nextDigestAt(msk('2026-12-31T12:00:00'))).toBe(msk('2027-01-01T09:00:00'));
  });
});

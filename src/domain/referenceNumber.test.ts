import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isReferenceNumber, REFERENCE_ALPHABET, referenceNumber } from './referenceNumber';

describe('reference numbers', () => {
  it('never use characters that look alike', () => {
    for (const ambiguous of ['0', 'O', '1', 'I', 'L']) expect(REFERENCE_ALPHABET).not.toContain(ambiguous);
  });

  it('have the year and two groups of four, whatever the random source gives', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 0.999999, noNaN: true }), { minLength: 8, maxLength: 8 }), (draws) => {
        let i = 0;
        const number = referenceNumber(2026, () => draws[i++ % draws.length]!);
        expect(isReferenceNumber(number)).toBe(true);
        expect(number.startsWith('2026-')).toBe(true);
      }),
    );
  });
});

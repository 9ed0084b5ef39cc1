import { describe, expect, it } from 'vitest';
import { isValidOmsPolicy, omsCheckDigit } from './omsPolicy';

describe('OMS policy number', () => {
  it('accepts a number whose last digit is its check, with spaces', () => {
    const fifteen = '770000000012345';
    const policy = fifteen + omsCheckDigit(fifteen);
    expect(isValidOmsPolicy(policy)).toBe(true);
    expect(isValidOmsPolicy(`${policy.slice(0, 4)} ${policy.slice(4, 8)} ${policy.slice(8, 12)} ${policy.slice(12)}`)).toBe(true);
  });

  it('refuses a wrong check digit, a typo in one digit, and the wrong length', () => {
    const fifteen = '660000000098765';
    const check = omsCheckDigit(fifteen);
    expect(isValidOmsPolicy(fifteen + ((check + 1) % 10))).toBe(false);
    expect(isValidOmsPolicy('7' + fifteen.slice(1) + check)).toBe(false);
    expect(isValidOmsPolicy('123456789012345')).toBe(false);
    expect(isValidOmsPolicy('12345678901234567')).toBe(false);
  });

  it('computes the check as the fund describes it', () => {
    // Odd places from the right of 000000000000001 are 1,0,0,0,0,0,0,0 → 10000000 × 2 = 20000000;
    // even places 0000000 before it; digits sum to 2; the check is 8.
    expect(omsCheckDigit('000000000000001')).toBe(8);
  });
});

import { describe, expect, it } from 'vitest';
import { brandOf, caretAfterDigits, digitsBefore, formatCardNumber, formatExpiry } from './cardFormat';

describe('card number display', () => {
  it('groups digits by four and drops anything else, up to 19 digits', () => {
    expect(formatCardNumber('4111111111111111')).toBe('4111 1111 1111 1111');
    expect(formatCardNumber('4111-1111 1111x1111')).toBe('4111 1111 1111 1111');
    expect(formatCardNumber('2200 0000 0000 0000 1234')).toBe('2200 0000 0000 0000 123');
    expect(formatCardNumber('4111 ')).toBe('4111');
    expect(formatCardNumber('')).toBe('');
  });

  it('names the brand as soon as the first digits tell it', () => {
    expect(brandOf('4')).toBe('visa');
    expect(brandOf('5555 5555')).toBe('mastercard');
    expect(brandOf('2200 00')).toBe('mir');
    expect(brandOf('2221')).toBe('mastercard');
    expect(brandOf('22')).toBeNull();
    expect(brandOf('3782')).toBeNull();
    expect(brandOf('')).toBeNull();
  });

  it('keeps the caret after the same digit when spaces are added', () => {
    // «4111 1|111» with a digit typed before the space: five digits stand before the caret.
    const typed = '4111 19111';
    const count = digitsBefore(typed, 6);
    const formatted = formatCardNumber(typed);
    expect(formatted).toBe('4111 1911 1');
    expect(caretAfterDigits(formatted, count)).toBe(6);
    expect(caretAfterDigits(formatted, 4)).toBe(4);
    expect(caretAfterDigits(formatted, 0)).toBe(0);
    expect(caretAfterDigits(formatted, 99)).toBe(formatted.length);
  });
});

describe('expiry display', () => {
  it('writes MM/YY, the slash only after the third digit so Backspace can remove it', () => {
    expect(formatExpiry('0828')).toBe('08/28');
    expect(formatExpiry('08/2')).toBe('08/2');
    expect(formatExpiry('08')).toBe('08');
    expect(formatExpiry('08/')).toBe('08');
    expect(formatExpiry('08/2029')).toBe('08/20');
  });
});

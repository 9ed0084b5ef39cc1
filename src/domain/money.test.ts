import { describe, expect, it } from 'vitest';
import { formatMoney } from './money';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('money', () => {
  it('formats kopecks as roubles in Russian', () => {
    expect(plain(formatMoney(123456))).toBe('1 234,56 ₽');
    expect(plain(formatMoney(30000))).toBe('300,00 ₽');
    expect(plain(formatMoney(5))).toBe('0,05 ₽');
  });

  it('formats in English with the rouble sign', () => {
    expect(plain(formatMoney(123456, 'en'))).toMatch(/1,234\.56/);
  });

  it('refuses fractions of a kopeck', () => {
    expect(() => formatMoney(10.5)).toThrow(RangeError);
  });
});

import { describe, expect, it } from 'vitest';
import { formatMoney, percentOf, sumKopecks } from './money';

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

  it('writes what Intl.NumberFormat writes, in both languages', () => {
    const ru = new Intl.NumberFormat('ru-RU', { style: 'currency', currency: 'RUB', minimumFractionDigits: 2 });
    const en = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'RUB', currencyDisplay: 'symbol', minimumFractionDigits: 2 });
    for (const kopecks of [0, 1, 5, 99, 100, 12345, 99999, 100000, 123456, 600000, 100000000, 123456789012, -1, -123450]) {
      expect(formatMoney(kopecks), String(kopecks)).toBe(ru.format(kopecks / 100));
      expect(formatMoney(kopecks, 'en'), String(kopecks)).toBe(en.format(kopecks / 100));
    }
  });

  it('refuses fractions of a kopeck', () => {
    expect(() => formatMoney(10.5)).toThrow(RangeError);
  });
});

describe('money arithmetic', () => {
  it('sums whole kopecks and refuses fractions', () => {
    expect(sumKopecks([30000, 150, 5])).toBe(30155);
    expect(sumKopecks([])).toBe(0);
    expect(() => sumKopecks([1, 0.1])).toThrow(RangeError);
  });

  it('takes a percentage rounded half up to the kopeck', () => {
    expect(percentOf(50000, 50)).toBe(25000);
    expect(percentOf(50001, 50)).toBe(25001);
    expect(percentOf(50003, 1)).toBe(500);
    expect(percentOf(50, 1)).toBe(1);
    expect(percentOf(49, 1)).toBe(0);
    expect(percentOf(1000, 12.5)).toBe(125);
    expect(() => percentOf(-1, 10)).toThrow(RangeError);
  });
});

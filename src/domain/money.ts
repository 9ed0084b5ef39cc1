// Money is integer kopecks everywhere; this is the one place that turns it into text.
const FORMATS = {
  ru: new Intl.NumberFormat('ru-RU', { style: 'currency', currency: 'RUB', minimumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'RUB', currencyDisplay: 'symbol', minimumFractionDigits: 2 }),
};

/** 123456 → «1 234,56 ₽» (ru) or «RUB 1,234.56» style per locale. Throws on a non-integer amount. */
export function formatMoney(kopecks: number, locale: 'ru' | 'en' = 'ru'): string {
  if (!Number.isInteger(kopecks)) throw new RangeError(`Money must be whole kopecks, got ${kopecks}`);
  return FORMATS[locale].format(kopecks / 100);
}

/** Sum of kopeck amounts; throws on a fraction, so a float never sneaks into a total. */
export function sumKopecks(amounts: readonly number[]): number {
  let total = 0;
  for (const amount of amounts) {
    if (!Number.isInteger(amount)) throw new RangeError(`Money must be whole kopecks, got ${amount}`);
    total += amount;
  }
  return total;
}

/**
 * `percent` % of an amount, rounded half up to the kopeck (0.5 kopeck → 1): the one rounding rule for
 * commissions and discounts. Integer arithmetic on hundredths of a percent, so 12.5 % is exact.
 */
export function percentOf(kopecks: number, percent: number): number {
  if (!Number.isInteger(kopecks) || kopecks < 0) throw new RangeError(`Money must be whole non-negative kopecks, got ${kopecks}`);
  const basisPoints = Math.round(percent * 100);
  return Math.floor((kopecks * basisPoints + 5_000) / 10_000);
}

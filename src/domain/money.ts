// Money is integer kopecks everywhere; this is the one place that turns it into text.
const NBSP = '\u00a0';

/** 1234567 → «1 234 567» with the language's group separator (a no-break space in Russian). */
const grouped = (whole: number, separator: string) => String(whole).replace(/\B(?=(\d{3})+$)/g, separator);

/**
 * 123456 → «1 234,56 ₽» (ru) or «RUB 1,234.56» (en), as Intl.NumberFormat writes them (money.test.ts
 * checks it against Intl). Written out instead of made by Intl: the first currency format of a page
 * took ~30 ms of its start-up while the browser loaded its currency data. Throws on a non-integer amount.
 */
export function formatMoney(kopecks: number, locale: 'ru' | 'en' = 'ru'): string {
  if (!Number.isInteger(kopecks)) throw new RangeError(`Money must be whole kopecks, got ${kopecks}`);
  const sign = kopecks < 0 ? '-' : '';
  const whole = Math.floor(Math.abs(kopecks) / 100);
  const cents = String(Math.abs(kopecks) % 100).padStart(2, '0');
  return locale === 'ru' ? `${sign}${grouped(whole, NBSP)},${cents}${NBSP}₽` : `${sign}RUB${NBSP}${grouped(whole, ',')}.${cents}`;
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

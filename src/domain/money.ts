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

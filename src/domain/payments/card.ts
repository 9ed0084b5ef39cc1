// Bank card checks shared by the payment page and the simulated gateway: number (Luhn + brand + length),
// expiry, CVC and cardholder. Messages are validation codes; this module never sees or keeps a whole
// card number beyond the check itself.
import * as v from 'valibot';
import { moscowDate } from '../calendar';
import { codeCheck, type ValidationCode } from '../validationCodes';

export const CARD_BRANDS = ['visa', 'mastercard', 'mir'] as const;
export type CardBrand = (typeof CARD_BRANDS)[number];

/** Number lengths each brand issues (Visa 13/16/19, MasterCard 16, Mir 16–19). */
export const BRAND_LENGTHS: Record<CardBrand, readonly number[]> = {
  visa: [13, 16, 19],
  mastercard: [16],
  mir: [16, 17, 18, 19],
};

/** Spaces and dashes people type between groups are dropped; anything else stays and fails the format. */
export function normalizeCardNumber(input: string): string {
  return input.replace(/[\s-]/g, '');
}

/** Luhn (mod 10) over a string of digits; false for anything that is not digits. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Brand by its issuer prefix: Visa 4…, MasterCard 51–55 and 2221–2720, Mir 2200–2204; null if none. */
export function cardBrand(digits: string): CardBrand | null {
  if (digits.startsWith('4')) return 'visa';
  const two = Number(digits.slice(0, 2));
  const four = Number(digits.slice(0, 4));
  if (digits.length >= 2 && two >= 51 && two <= 55) return 'mastercard';
  if (digits.length >= 4 && four >= 2200 && four <= 2204) return 'mir';
  if (digits.length >= 4 && four >= 2221 && four <= 2720) return 'mastercard';
  return null;
}

/** The first code a card number earns, checked in the order a person fixes things; null when valid. */
export function cardNumberCode(input: string): ValidationCode | null {
  const digits = normalizeCardNumber(input);
  if (digits === '') return 'required';
  if (!/^\d{12,19}$/.test(digits)) return 'card_number_format';
  const brand = cardBrand(digits);
  if (!brand) return 'card_brand_unknown';
  if (!BRAND_LENGTHS[brand].includes(digits.length)) return 'card_length';
  return luhnValid(digits) ? null : 'card_checksum';
}

/** «MM/YY» (also «MM/YYYY», «MMYY») → {month, year: four digits}; null when unreadable. */
export function parseExpiry(input: string): { month: number; year: number } | null {
  const found = /^\s*(\d{2})\s*\/?\s*(\d{2}|\d{4})\s*$/.exec(input);
  if (!found) return null;
  const month = Number(found[1]);
  const year = found[2]!.length === 2 ? 2000 + Number(found[2]) : Number(found[2]);
  return month >= 1 && month <= 12 ? { month, year } : null;
}

/** A card is good through the last day of its expiry month, in Moscow time (the gateway's clock). */
export function cardExpired(expiry: { month: number; year: number }, now: number): boolean {
  const [y, m] = moscowDate(now).split('-').map(Number) as [number, number];
  return expiry.year < y || (expiry.year === y && expiry.month < m);
}

/** Latin letters as embossed on cards, with spaces, dots, hyphens and apostrophes between words. */
const HOLDER = /^[A-Z]+(?:[ .'-]+[A-Z]+)*\.?$/;

export const CardNumberSchema = v.pipe(v.string('required'), codeCheck(cardNumberCode), v.transform(normalizeCardNumber));
export const CardExpirySchema = v.pipe(
  v.string('required'),
  v.trim(),
  v.nonEmpty('required'),
  v.check((s) => parseExpiry(s) !== null, 'card_expiry_format'),
);
export const CardCvcSchema = v.pipe(v.string('required'), v.trim(), v.nonEmpty('required'), v.regex(/^\d{3}$/, 'card_cvc_format'));
export const CardHolderSchema = v.pipe(
  v.string('required'),
  v.transform((s) => s.trim().replace(/\s+/g, ' ').toUpperCase()),
  v.nonEmpty('required'),
  v.maxLength(26, 'too_long'),
  v.regex(HOLDER, 'card_holder_format'),
);

const CARD_ENTRIES = { number: CardNumberSchema, expiry: CardExpirySchema, cvc: CardCvcSchema, holder: CardHolderSchema };

/** A card as typed, format only; the expiry's date is checked against a clock by `createCardSchema`. */
export const CardSchema = v.object(CARD_ENTRIES, 'invalid_value');
export type Card = v.InferOutput<typeof CardSchema>;

/** An unreadable expiry is the format check's to report, never also «expired». */
function notExpired(expiry: string, now: number): boolean {
  const parsed = parseExpiry(expiry);
  return parsed === null || !cardExpired(parsed, now);
}

/** The card schema for the simulated moment `now`: an expiry month already over is 'card_expired'. */
export function createCardSchema(now: number) {
  return v.pipe(
    CardSchema,
    v.forward(
      v.partialCheck([['expiry']], (card) => notExpired(card.expiry, now), 'card_expired'),
      ['expiry'],
    ),
  );
}

/** «Visa •••• 1111»: all a receipt or a log may show of a card. */
export function maskCard(digits: string): string {
  const brand = cardBrand(digits);
  const name = brand === 'visa' ? 'Visa' : brand === 'mastercard' ? 'MasterCard' : brand === 'mir' ? 'Мир' : 'Card';
  return `${name} •••• ${digits.slice(-4)}`;
}

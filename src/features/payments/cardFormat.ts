// How the card form shows what is typed: the number in groups of four with its brand, the expiry as
// MM/YY. Display only: the checks themselves are CardSchema's (src/domain/payments/card.ts).
import { cardBrand, type CardBrand } from '../../domain/payments/card';

/** The longest number any accepted brand issues (Visa and Mir go up to 19 digits). */
export const CARD_NUMBER_MAX_DIGITS = 19;

/** «4111111111111111» → «4111 1111 1111 1111»; anything but digits is dropped. */
export function formatCardNumber(input: string): string {
  const digits = input.replace(/\D/g, '').slice(0, CARD_NUMBER_MAX_DIGITS);
  return digits.replace(/(\d{4})(?=\d)/g, '$1 ');
}

/** The brand as soon as the first digits tell it, for the live «Visa / MasterCard / Мир» label. */
export function brandOf(input: string): CardBrand | null {
  const digits = input.replace(/\D/g, '');
  return digits ? cardBrand(digits) : null;
}

/** «0828» → «08/28». The slash comes only after the third digit, so Backspace can remove it. */
export function formatExpiry(input: string): string {
  const digits = input.replace(/\D/g, '').slice(0, 4);
  return digits.length > 2 ? `${digits.slice(0, 2)}/${digits.slice(2)}` : digits;
}

/** How many digits stand before `caret` in `text`: the caret's place that survives reformatting. */
export function digitsBefore(text: string, caret: number): number {
  return text.slice(0, caret).replace(/\D/g, '').length;
}

/** Where the caret goes in `formatted` so that `count` digits stand before it. */
export function caretAfterDigits(formatted: string, count: number): number {
  if (count === 0) return 0;
  let seen = 0;
  for (let i = 0; i < formatted.length; i++) {
    if (/\d/.test(formatted[i]!)) seen++;
    if (seen === count) return i + 1;
  }
  return formatted.length;
}

// The OMS (compulsory medical insurance) policy number: 16 digits, the last a check digit computed as
// the fund's description says: the odd-place digits of the first 15 (counted from the right) read as a
// number and doubled, the even-place digits written before it, all digits summed, the check completes
// the sum to a multiple of ten.
import * as v from 'valibot';
import { codeCheck } from './validationCodes';

/** The check digit for the first 15 digits. */
export function omsCheckDigit(fifteen: string): number {
  const fromRight = [...fifteen].reverse();
  const odd = fromRight.filter((_, i) => i % 2 === 0).join('');
  const even = fromRight.filter((_, i) => i % 2 === 1).join('');
  const joined = even + String(BigInt(odd) * 2n);
  const sum = [...joined].reduce((total, digit) => total + Number(digit), 0);
  return (10 - (sum % 10)) % 10;
}

/** Spaces and dashes people type are dropped; null unless 16 digits remain. */
export function normalizeOmsPolicy(input: string): string | null {
  const digits = input.replace(/[\s-]/g, '');
  return /^\d{16}$/.test(digits) ? digits : null;
}

export function isValidOmsPolicy(input: string): boolean {
  const digits = normalizeOmsPolicy(input);
  return digits !== null && omsCheckDigit(digits.slice(0, 15)) === Number(digits[15]);
}

/** The policy as a form field: spaces and dashes dropped, then 16 digits, then the check digit. */
export const OmsPolicySchema = v.pipe(
  v.string('required'),
  v.transform((s) => s.replace(/[\s-]/g, '')),
  codeCheck<string>((s) => {
    if (s === '') return 'required';
    if (!normalizeOmsPolicy(s)) return 'oms_format';
    return isValidOmsPolicy(s) ? null : 'oms_checksum';
  }),
);

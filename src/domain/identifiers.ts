// Russian contact and tax identifiers (phone, e-mail, SNILS, INN): normalisers that never throw on
// user input, and the schemas the page, the worker and the mock server all run. Messages are codes only.
import * as v from 'valibot';
import { RequiredTextSchema } from './validationCodes';

// Dates, passport parts and names live beside this file; one import point for callers.
export * from './identifiersPerson';

// ---- Phone ------------------------------------------------------------------------------------

const PHONE_CHARS = /^\+?[\d\s().-]+$/;

/** '+7 (912) 345-67-89', '8 912 345 67 89', '79123456789', '9123456789' → '+79123456789'; else null. */
export function normalizePhone(input: string): string | null {
  const text = input.trim();
  if (!PHONE_CHARS.test(text)) return null;
  const digits = text.replace(/\D/g, '');
  const plus = text.startsWith('+');
  let national: string | null = null;
  if (digits.length === 11 && (digits[0] === '7' || (!plus && digits[0] === '8'))) national = digits.slice(1);
  else if (digits.length === 10 && !plus) national = digits;
  // Russian area and mobile codes never start with 0, 1 or 2, so such a number is a typo.
  return national !== null && /^[3-9]/.test(national) ? `+7${national}` : null;
}

/** A stored phone as people read it: '+79123456789' → '+7 912 345-67-89'; anything else as it is. */
export function formatPhone(phone: string): string {
  const parts = /^\+7(\d{3})(\d{3})(\d{2})(\d{2})$/.exec(phone);
  return parts ? `+7 ${parts[1]} ${parts[2]}-${parts[3]}-${parts[4]}` : phone;
}

export const PhoneSchema = v.pipe(RequiredTextSchema, v.transform(normalizePhone), v.string('phone_format'));

// ---- E-mail -----------------------------------------------------------------------------------

const ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
const LOCAL_PART = new RegExp(`^${ATOM}(?:\\.${ATOM})*$`);
// Domain labels may be Unicode (почта.рф); the last one is letters only or a punycode label.
const DOMAIN_LABEL = /^(?!-)[\p{L}\p{N}-]{1,63}(?<!-)$/u;
const TOP_LABEL = /^(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})$/u;
export const EMAIL_MAX_LENGTH = 254;

/**
 * The practical RFC 5322 shape local@domain.tld (dot-atom, no quoted or IP forms), lower-cased whole:
 * every real mailbox provider ignores case, and one person must not get two accounts by it.
 */
export function normalizeEmail(input: string): string | null {
  const text = input.trim();
  if (text.length > EMAIL_MAX_LENGTH) return null;
  const at = text.lastIndexOf('@');
  if (at < 1) return null;
  const local = text.slice(0, at);
  const domain = text.slice(at + 1).toLowerCase();
  if (local.length > 64 || !LOCAL_PART.test(local)) return null;
  const labels = domain.split('.');
  const top = labels[labels.length - 1] ?? '';
  if (labels.length < 2 || !labels.every((l) => DOMAIN_LABEL.test(l)) || !TOP_LABEL.test(top)) return null;
  return `${local.toLowerCase()}@${domain}`;
}

export const EmailSchema = v.pipe(
  RequiredTextSchema,
  v.maxLength(EMAIL_MAX_LENGTH, 'too_long'),
  v.transform(normalizeEmail),
  v.string('email_format'),
);

// ---- SNILS ------------------------------------------------------------------------------------

/** Numbers up to 001-001-998 were issued before the check number existed: any check is accepted. */
export const SNILS_CHECKED_ABOVE = 1_001_998;

/** The two-digit check number of a nine-digit SNILS. Throws RangeError for anything but nine digits. */
export function snilsChecksum(nineDigits: string): string {
  if (!/^\d{9}$/.test(nineDigits)) throw new RangeError('snilsChecksum needs exactly nine digits');
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(nineDigits[i]) * (9 - i);
  // Below 100 the sum is the check; otherwise sum mod 101, where 100 (and 101 → 0) both give 00.
  const check = sum < 100 ? sum : (sum % 101) % 100;
  return String(check).padStart(2, '0');
}

function snilsDigits(input: string): string | null {
  const digits = input.trim().replace(/[\s-]/g, '');
  return /^\d{11}$/.test(digits) ? digits : null;
}

/** Any spacing of eleven digits → 'XXX-XXX-XXX YY'; null if the shape is wrong (the check is not tested). */
export function normalizeSnils(input: string): string | null {
  const d = snilsDigits(input);
  return d && `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6, 9)} ${d.slice(9)}`;
}

export function isValidSnils(input: string): boolean {
  const d = snilsDigits(input);
  if (!d) return false;
  const body = d.slice(0, 9);
  return Number(body) <= SNILS_CHECKED_ABOVE || snilsChecksum(body) === d.slice(9);
}

export const SnilsSchema = v.pipe(RequiredTextSchema, v.transform(normalizeSnils), v.string('snils_format'), v.check(isValidSnils, 'snils_checksum'));

// ---- INN --------------------------------------------------------------------------------------

export type InnKind = 'person' | 'organisation' | 'any';
const W_ORG = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const W_PERSON_11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const W_PERSON_12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

function innDigit(digits: string, weights: readonly number[]): string {
  const sum = weights.reduce((acc, w, i) => acc + w * Number(digits[i]), 0);
  return String((sum % 11) % 10);
}

/** 12 digits with both check digits (person) or 10 digits with one (organisation). Never throws. */
export function isValidInn(value: string, kind: InnKind = 'any'): boolean {
  const s = value.trim();
  if (kind !== 'organisation' && /^\d{12}$/.test(s)) {
    return innDigit(s, W_PERSON_11) === s[10] && innDigit(s, W_PERSON_12) === s[11];
  }
  if (kind !== 'person' && /^\d{10}$/.test(s)) return innDigit(s, W_ORG) === s[9];
  return false;
}

/** A personal INN: the profile never holds an organisation's. */
export const InnSchema = v.pipe(
  RequiredTextSchema,
  v.transform((s) => s.replace(/\s/g, '')),
  v.regex(/^\d{12}$/, 'inn_format'),
  // Only a well-shaped number is worth a checksum complaint.
  v.check((s) => !/^\d{12}$/.test(s) || isValidInn(s, 'person'), 'inn_checksum'),
);

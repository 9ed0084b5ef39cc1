// Password rules as the registration and reset forms show them, and the schema that enforces them.
// The rules live only here, so the checklist on the page and the server's verdict cannot disagree.
import * as v from 'valibot';
import { codeCheck, type ValidationCode } from './validationCodes';

// Hashing is its own module; re-exported so callers have one import point for passwords.
export * from './passwordHash';

export const PASSWORD_MIN_LENGTH = 8;
/** Long enough for any passphrase, short enough that hashing it is never a burden. */
export const PASSWORD_MAX_LENGTH = 128;
/** Length from which a password that meets every rule (and is varied) counts as strong. */
export const PASSWORD_STRONG_LENGTH = 12;
/** Identical characters in a row that count as a repeated run ('aaa', '111'). */
export const PASSWORD_MAX_REPEAT = 3;
/** Characters of a straight sequence that count as one ('1234', 'abcd', 'qwer', 'dcba'). */
export const PASSWORD_SEQUENCE_LENGTH = 4;

/** In the order the checklist shows them; the schema reports the first one unmet. */
export const PASSWORD_RULES = ['length', 'upper', 'lower', 'digit', 'special', 'no_repeat', 'no_sequence'] as const;
export type PasswordRule = (typeof PASSWORD_RULES)[number];

export const PASSWORD_RULE_CODES: Record<PasswordRule, ValidationCode> = {
  length: 'password_short',
  upper: 'password_upper',
  lower: 'password_lower',
  digit: 'password_digit',
  special: 'password_special',
  no_repeat: 'password_repeat',
  no_sequence: 'password_sequence',
};

// Alphabets, digits and keyboard rows (Latin and ЙЦУКЕН). A window of 4 found forwards or backwards in
// any of them is a sequence. Both Cyrillic orders are listed, with and without «ё».
const FORWARD = [
  '0123456789',
  'abcdefghijklmnopqrstuvwxyz',
  'абвгдеёжзийклмнопрстуфхцчшщъыьэюя',
  'абвгдежзийклмнопрстуфхцчшщъыьэюя',
  'qwertyuiop',
  'asdfghjkl',
  'zxcvbnm',
  'йцукенгшщзхъ',
  'фывапролджэ',
  'ячсмитьбю',
];
const SEQUENCES = [...FORWARD, ...FORWARD.map((s) => [...s].reverse().join(''))];

function hasSequence(password: string): boolean {
  const chars = [...password.toLowerCase()];
  for (let i = 0; i + PASSWORD_SEQUENCE_LENGTH <= chars.length; i++) {
    const window = chars.slice(i, i + PASSWORD_SEQUENCE_LENGTH).join('');
    if (SEQUENCES.some((s) => s.includes(window))) return true;
  }
  return false;
}

function hasRepeat(password: string): boolean {
  const chars = [...password];
  return chars.some((c, i) => i >= PASSWORD_MAX_REPEAT - 1 && chars.slice(i - PASSWORD_MAX_REPEAT + 1, i).every((p) => p === c));
}

const TESTS: Record<PasswordRule, (pw: string) => boolean> = {
  length: (pw) => [...pw].length >= PASSWORD_MIN_LENGTH,
  upper: (pw) => /[A-ZА-ЯЁ]/.test(pw),
  lower: (pw) => /[a-zа-яё]/.test(pw),
  digit: (pw) => /\d/.test(pw),
  // Anything that is not a letter, a digit or a space: punctuation, symbols.
  special: (pw) => /[^\p{L}\p{N}\s]/u.test(pw),
  no_repeat: (pw) => !hasRepeat(pw),
  no_sequence: (pw) => !hasSequence(pw),
};

export function passwordRules(password: string): { rule: PasswordRule; ok: boolean }[] {
  return PASSWORD_RULES.map((rule) => ({ rule, ok: TESTS[rule](password) }));
}

/**
 * 0 empty or very weak; 1 weak (6+ characters of two kinds); 2 fair (8+ characters, three kinds, no runs
 * or sequences, but a rule still unmet); 3 good (every rule met); 4 strong (every rule, 12+ characters
 * and at least 8 different characters).
 */
export function passwordStrength(password: string): 0 | 1 | 2 | 3 | 4 {
  if (password === '') return 0;
  const ok = (rule: PasswordRule) => TESTS[rule](password);
  const length = [...password].length;
  if (PASSWORD_RULES.every(ok)) {
    return length >= PASSWORD_STRONG_LENGTH && new Set(password).size >= 8 ? 4 : 3;
  }
  const kinds = (['upper', 'lower', 'digit', 'special'] as const).filter(ok).length;
  if (length >= PASSWORD_MIN_LENGTH && kinds >= 3 && ok('no_repeat') && ok('no_sequence')) return 2;
  return length >= 6 && kinds >= 2 ? 1 : 0;
}

/** Never trimmed or otherwise changed: the password is hashed as typed (only its Unicode form is unified). */
export const PasswordSchema = v.pipe(
  v.string('required'),
  codeCheck<string>((pw) => {
    if (pw === '') return 'required';
    if ([...pw].length > PASSWORD_MAX_LENGTH) return 'too_long';
    const unmet = PASSWORD_RULES.find((rule) => !TESTS[rule](pw));
    return unmet ? PASSWORD_RULE_CODES[unmet] : null;
  }),
);

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as v from 'valibot';
import {
  hashPassword,
  PASSWORD_RULES,
  PasswordHashSchema,
  passwordRules,
  PasswordSchema,
  passwordStrength,
  PBKDF2_ITERATIONS,
  verifyPassword,
  type PasswordRule,
} from './password';

const failing = (pw: string): PasswordRule[] =>
  passwordRules(pw)
    .filter((r) => !r.ok)
    .map((r) => r.rule);
function codeOf(pw: unknown): string | null {
  const result = v.safeParse(PasswordSchema, pw);
  return result.success ? null : (result.issues[0]?.message ?? null);
}

describe('password rules', () => {
  it('lists every rule in a fixed order', () => {
    expect(passwordRules('x').map((r) => r.rule)).toEqual([...PASSWORD_RULES]);
  });

  it.each([
    ['Vesna!2026', []],
    ['Весна!2026', []],
    ['Ves!26', ['length']],
    ['vesna!2026', ['upper']],
    ['VESNA!2026', ['lower']],
    ['Vesna!Leto', ['digit']],
    ['Vesna 2026', ['special']],
    ['Vesnaaa!26', ['no_repeat']],
    ['Ves!1112no', ['no_repeat']],
    ['Ves!1234no', ['no_sequence']],
    ['Ves!4321no', ['no_sequence']],
    ['Xabcd!92No', ['no_sequence']],
    ['Qwer!92Ypo', ['no_sequence']],
    ['Ж!92абвгМн', ['no_sequence']],
    ['Ж!92йцукМн', ['no_sequence']],
  ])('%j fails %j', (pw, rules) => expect(failing(pw)).toEqual(rules));

  it('the schema reports the first unmet rule only, and never alters the password', () => {
    expect(codeOf('')).toBe('required');
    expect(codeOf('ves')).toBe('password_short');
    expect(v.safeParse(PasswordSchema, 'ves').issues).toHaveLength(1);
    expect(codeOf('vesna!2026')).toBe('password_upper');
    expect(codeOf('VESNA!2026')).toBe('password_lower');
    expect(codeOf('Vesna!Leto')).toBe('password_digit');
    expect(codeOf('Vesna20266')).toBe('password_special');
    expect(codeOf('Vesnaaa!26')).toBe('password_repeat');
    expect(codeOf('Ves!1234no')).toBe('password_sequence');
    expect(codeOf(`Aa1!${'xy'.repeat(70)}`)).toBe('too_long');
    expect(v.parse(PasswordSchema, ' Vesna!2026 ')).toBe(' Vesna!2026 ');
  });
});

describe('password strength', () => {
  it.each([
    ['', 0],
    ['abc', 0],
    ['aaaaaaaa', 0],
    ['vesna26', 1],
    ['vesna!2026', 2],
    ['Vesna!2026', 3],
    ['Aa1!Aa1!Aa1!', 3], // long, but only four different characters
    ['Vesna!2026-Leto', 4],
  ])('%j scores %i', (pw, score) => expect(passwordStrength(pw)).toBe(score));

  it('a password meeting every rule scores at least 3, and one that fails a rule at most 2', () => {
    fc.assert(
      fc.property(fc.string(), (pw) => {
        const allOk = passwordRules(pw).every((r) => r.ok);
        const score = passwordStrength(pw);
        expect(allOk ? score >= 3 : score <= 2).toBe(true);
        expect(v.safeParse(PasswordSchema, pw).success).toBe(allOk && pw.length <= 128);
      }),
    );
  });
});

describe('password hashing', () => {
  const FEW = 1_000; // fast enough for unit tests; the real count is tested once below

  it('stores the algorithm, iteration count, salt and hash', async () => {
    const stored = await hashPassword('Vesna!2026', { iterations: FEW });
    expect(stored.algorithm).toBe('PBKDF2-HMAC-SHA256');
    expect(stored.iterations).toBe(FEW);
    expect(atob(stored.salt)).toHaveLength(16);
    expect(atob(stored.hash)).toHaveLength(32);
  });

  it('salts every hash, so the same password never hashes the same twice', async () => {
    const a = await hashPassword('Vesna!2026', { iterations: FEW });
    const b = await hashPassword('Vesna!2026', { iterations: FEW });
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
  });

  it('the same salt gives the same hash', async () => {
    const salt = new Uint8Array(16).fill(7);
    const a = await hashPassword('Vesna!2026', { iterations: FEW, salt });
    const b = await hashPassword('Vesna!2026', { iterations: FEW, salt });
    expect(a.hash).toBe(b.hash);
  });

  it('verifies the right password and rejects a wrong one', async () => {
    const stored = await hashPassword('Vesna!2026', { iterations: FEW });
    expect(await verifyPassword('Vesna!2026', stored)).toBe(true);
    expect(await verifyPassword('vesna!2026', stored)).toBe(false);
    expect(await verifyPassword('Vesna!2026 ', stored)).toBe(false);
  });

  it('treats «ё» typed as one character or as е + diaeresis as the same password', async () => {
    const stored = await hashPassword('Ёлка!2026x', { iterations: FEW });
    expect(await verifyPassword('Ёлка!2026x'.normalize('NFD'), stored)).toBe(true);
  });

  it('throws on a malformed record instead of calling it a wrong password', async () => {
    const stored = await hashPassword('Vesna!2026', { iterations: FEW });
    await expect(verifyPassword('Vesna!2026', { ...stored, hash: 'not base64!' })).rejects.toThrow();
    await expect(verifyPassword('Vesna!2026', { ...stored, hash: btoa('short') })).rejects.toThrow();
  });

  it('the record schema accepts only the real iteration count, so test hashes never pass as stored ones', async () => {
    expect(v.safeParse(PasswordHashSchema, await hashPassword('Vesna!2026', { iterations: FEW })).success).toBe(false);
    const bad = { algorithm: 'PBKDF2-HMAC-SHA256', iterations: PBKDF2_ITERATIONS, salt: btoa('short'), hash: btoa('x') };
    expect(v.safeParse(PasswordHashSchema, bad).success).toBe(false);
  });

  it('hashes and verifies with the real 600,000 iterations', async () => {
    const stored = await hashPassword('Vesna!2026');
    expect(stored.iterations).toBe(600_000);
    expect(v.parse(PasswordHashSchema, stored)).toEqual(stored);
    expect(await verifyPassword('Vesna!2026', stored)).toBe(true);
  }, 20_000);
});

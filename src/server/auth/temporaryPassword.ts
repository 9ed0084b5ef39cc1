// The temporary password support issues (issue 19.12): random, meeting every password rule, shown to
// nobody but the contact the person gave. Until it is changed, sign-in leads only to «Смените временный
// пароль» (login.ts); after TEMPORARY_PASSWORD_TTL_MS it opens nothing.
import * as v from 'valibot';
import { PasswordSchema } from '../../domain/password';

const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const LOWER = 'abcdefghijkmnpqrstuvwxyz';
const DIGITS = '23456789';
const SPECIAL = '#%+=!?';

function pick(set: string, count: number): string[] {
  const bytes = crypto.getRandomValues(new Uint32Array(count));
  return Array.from(bytes, (n) => set[n % set.length]!);
}

/** 12 characters: upper and lower case letters, digits and signs, shuffled; redrawn until it passes the rules. */
export function temporaryPassword(): string {
  for (;;) {
    const chars = [...pick(UPPER, 3), ...pick(LOWER, 4), ...pick(DIGITS, 3), ...pick(SPECIAL, 2)];
    const order = crypto.getRandomValues(new Uint32Array(chars.length));
    const password = chars
      .map((c, i) => [order[i]!, c] as const)
      .sort((a, b) => a[0] - b[0])
      .map(([, c]) => c)
      .join('');
    if (v.is(PasswordSchema, password)) return password;
  }
}

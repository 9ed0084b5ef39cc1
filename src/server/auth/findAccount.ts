// One «Логин» field for phone, e-mail or SNILS: work out which it is and find the account.
import { normalizeEmail, normalizePhone, normalizeSnils } from '../../domain/identifiers';
import type { ServerDb } from '../db';
import type { AccountRow, SignInRow } from '../rows';

export async function findByLogin(
  db: ServerDb,
  login: string,
): Promise<{ account: AccountRow; method: SignInRow['method'] } | null> {
  const trimmed = login.trim();
  if (trimmed.includes('@')) {
    const email = normalizeEmail(trimmed);
    const account = email ? await db.accounts.where('email').equals(email).first() : undefined;
    return account ? { account, method: 'email' } : null;
  }
  // 11 digits may be a phone (8…/7…) or a SNILS: try the phone first, then the SNILS.
  const phone = normalizePhone(trimmed);
  if (phone) {
    const account = await db.accounts.where('phone').equals(phone).first();
    if (account) return { account, method: 'phone' };
  }
  const snils = normalizeSnils(trimmed);
  if (snils) {
    const account = await db.accounts.where('snils').equals(snils).first();
    if (account) return { account, method: 'snils' };
  }
  return null;
}

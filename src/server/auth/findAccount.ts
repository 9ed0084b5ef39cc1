// One «Логин» field for phone, e-mail, SNILS or personal INN: work out which it is and find the account.
import { isValidInn, normalizeEmail, normalizePhone, normalizeSnils } from '../../domain/identifiers';
import type { ServerDb } from '../db';
import type { AccountRow, SignInRow } from '../rows';

const SNILS_WRITTEN = /^\d{3}-\d{3}-\d{3}[\s-]\d{2}$/;

export async function findByLogin(db: ServerDb, login: string): Promise<{ account: AccountRow; method: SignInRow['method'] } | null> {
  const trimmed = login.trim();
  if (trimmed.includes('@')) {
    const email = normalizeEmail(trimmed);
    const account = email ? await db.accounts.where('email').equals(email).first() : undefined;
    return account ? { account, method: 'email' } : null;
  }
  // 12 digits with both check digits are a personal INN (no phone or SNILS has 12 digits).
  const digits = trimmed.replace(/[\s-]/g, '');
  if (/^\d{12}$/.test(digits)) {
    const account = isValidInn(digits, 'person') ? await db.accounts.where('inn').equals(digits).first() : undefined;
    return account ? { account, method: 'inn' } : null;
  }
  // 11 digits may be a phone (8…/7…) or a SNILS. Written the SNILS way («123-456-789 01») it is a
  // SNILS first; otherwise the phone is tried first.
  const bySnils = async () => {
    const snils = normalizeSnils(trimmed);
    const account = snils ? await db.accounts.where('snils').equals(snils).first() : undefined;
    return account ? { account, method: 'snils' as const } : null;
  };
  const byPhone = async () => {
    const phone = normalizePhone(trimmed);
    const account = phone ? await db.accounts.where('phone').equals(phone).first() : undefined;
    return account ? { account, method: 'phone' as const } : null;
  };
  if (SNILS_WRITTEN.test(trimmed)) return (await bySnils()) ?? (await byPhone());
  return (await byPhone()) ?? (await bySnils());
}

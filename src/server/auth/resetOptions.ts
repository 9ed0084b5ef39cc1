// Where «Забыли пароль?» may send its code (issue 19.12): the main phone, a backup phone, the e-mail and a
// backup e-mail, masked. An unknown login (or an e-mail nobody confirmed) gets choices that look the same
// and stay the same on every ask, made from a hash of the login: the answer never tells whether a login
// exists. A choice that is not really there is accepted too; its code is simply never sent.
import { maskEmail } from '../../domain/account';
import { normalizeEmail, normalizePhone } from '../../domain/identifiers';
import { maskPhoneForReset, type ResetDestination, type ResetOption } from '../../domain/recovery';
import type { ServerDb } from '../db';
import type { AccountRow } from '../rows';
import { findByLogin } from './findAccount';

/** Where each choice really goes (absent: nowhere), and how it is shown. */
export interface ResetChoices {
  account: AccountRow | null;
  options: ResetOption[];
  targets: Partial<Record<ResetDestination, string>>;
}

const DOMAINS = ['mail.ru', 'yandex.ru', 'gmail.com', 'bk.ru', 'inbox.ru'];
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

async function digest(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`okno-reset:${text.trim().toLowerCase()}`)));
}

/** Plausible choices for a login no account answers to; a login that is itself a phone or e-mail shows itself. */
async function madeUp(login: string): Promise<ResetOption[]> {
  const h = await digest(login);
  const phone = normalizePhone(login) ?? `+79${Array.from(h.slice(0, 9), (b) => b % 10).join('')}`;
  const email = normalizeEmail(login) ?? `${LETTERS[h[10]! % 26]}${LETTERS[h[11]! % 26]}x@${DOMAINS[h[12]! % DOMAINS.length]}`;
  const options: ResetOption[] = [{ destination: 'phone', sentTo: maskPhoneForReset(phone) }];
  // About as many made-up accounts have backups as real ones might.
  if (h[13]! % 3 === 0)
    options.push({ destination: 'backup_phone', sentTo: maskPhoneForReset(`+79${Array.from(h.slice(14, 23), (b) => b % 10).join('')}`) });
  options.push({ destination: 'email', sentTo: maskEmail(email) });
  if (h[23]! % 4 === 0)
    options.push({
      destination: 'backup_email',
      sentTo: maskEmail(`${LETTERS[h[24]! % 26]}${LETTERS[h[25]! % 26]}x@${DOMAINS[h[26]! % DOMAINS.length]}`),
    });
  return options;
}

export async function resetChoices(db: ServerDb, login: string): Promise<ResetChoices> {
  const found = await findByLogin(db, login);
  // An e-mail nobody confirmed serves no recovery: as a login it is as good as unknown.
  if (!found || (found.method === 'email' && found.account.emailConfirmedAt === undefined)) {
    return { account: null, options: await madeUp(login), targets: {} };
  }
  const { account } = found;
  const options: ResetOption[] = [{ destination: 'phone', sentTo: maskPhoneForReset(account.phone) }];
  const targets: ResetChoices['targets'] = { phone: account.phone };
  if (account.recovery?.phone) {
    options.push({ destination: 'backup_phone', sentTo: maskPhoneForReset(account.recovery.phone) });
    targets.backup_phone = account.recovery.phone;
  }
  // The e-mail is offered whether confirmed or not (hiding it would tell the two apart); only a confirmed one gets the code.
  options.push({ destination: 'email', sentTo: maskEmail(account.email) });
  if (account.emailConfirmedAt !== undefined) targets.email = account.email;
  if (account.recovery?.email) {
    options.push({ destination: 'backup_email', sentTo: maskEmail(account.recovery.email) });
    targets.backup_email = account.recovery.email;
  }
  return { account, options, targets };
}

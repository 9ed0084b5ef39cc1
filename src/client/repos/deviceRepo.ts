// Device-wide operations on «okno»: wiping it for a demo reset.
import { getDb } from '../database';
import { doctorFormKey } from './doctorFormRepo';
import { forgetVault } from '../vault/vault';
import { forgetAllVaults } from '../vault/vaultKey';

/** Empties every table in one transaction: offline it is all-or-nothing like any local write. */
export async function wipeLocalData(): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
  });
  forgetAllVaults();
}

/** Tables whose rows carry accountId (profile is keyed by it). */
export const OWNED_TABLES = [
  'drafts',
  'attachments',
  'documents',
  'applications',
  'payments',
  'receipts',
  'appeals',
  'bookings',
  'notifications',
  'audit',
] as const;
/** Owned rows that never leave the device (not in exports): secrets, and CryptoKeys cannot be serialised. */
export const SECRET_TABLES = ['keys'] as const;

/** Owned tables the export archive leaves out: the refunds mirror (the feed refills it), the outbox. */
const UNARCHIVED_OWNED_TABLES = ['refunds', 'outbox'] as const;
/** The account's change-feed cursor (mirrors/applyFeedPage.ts): erased with the mirrors, so they refill. */
const cursorKey = (accountId: string) => `feed.cursor.${accountId}`;

/**
 * Erases everything one account left on this device, in one transaction (works offline), for
 * «Завершить сеанс и очистить устройство» on a shared demo stand. Other accounts' data stays.
 */
export async function wipeAccountData(accountId: string): Promise<void> {
  const db = getDb();
  const owned = [...OWNED_TABLES, ...UNARCHIVED_OWNED_TABLES, ...SECRET_TABLES];
  await db.transaction('rw', [db.profile, db.settings, db.supportChats, ...owned.map((name) => db.table(name))], async () => {
    await db.profile.delete(accountId);
    await db.settings.delete(cursorKey(accountId));
    await db.settings.delete(doctorFormKey(accountId));
    // Any other setting of this account (the appeal being written keeps `appeal-draft:<id>`): an
    // account's own settings end their key with `.<id>` or `:<id>`, so the wipe need not know each feature's.
    await db.settings.filter((row) => row.key.endsWith(`.${accountId}`) || row.key.endsWith(`:${accountId}`)).delete();
    for (const name of owned) await db.table(name).where('accountId').equals(accountId).delete();
    // Support chats are kept by owner (an account id, or 'local' for a guest).
    await db.supportChats.where('[owner+updatedAt]').between([accountId, -Infinity], [accountId, Infinity]).delete();
  });
  forgetVault(accountId); // its wrapped key went with the `keys` rows
}

/** Row counts per table, shown on the storage page. */
export async function countRows(): Promise<Record<string, number>> {
  const db = getDb();
  const counts = await Promise.all(db.tables.map(async (table) => [table.name, await table.count()] as const));
  return Object.fromEntries(counts);
}

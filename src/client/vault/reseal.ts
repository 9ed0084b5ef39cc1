// Re-writes an account's existing rows when it turns encryption on (sealed) or off (in clear). Every row
// is read and sealed or opened first, then all are written in one transaction: offline it is all or
// nothing, and no crypto.subtle await runs inside the transaction. Call it after the new setting is in force,
// so rows written meanwhile already follow it (and are left as they are).
import { getDb } from '../database';
import { isSealed } from './sealing';
import { openRow, PERSONAL_FIELDS, sealRow, type SealedTable } from './rowSeal';
import { personalSettingKeys, personalSettingRow } from '../repos/personalSettings';
import type { SettingRow } from '../rows';

async function rowsOf(table: SealedTable, owner: string): Promise<object[]> {
  const db = getDb();
  if (table === 'profile') return (await db.profile.where('id').equals(owner).toArray()) as object[];
  if (table === 'supportChats') return db.supportChats.where('[owner+updatedAt]').between([owner, -Infinity], [owner, Infinity]).toArray();
  return db
    .table(table)
    .where(table === 'outbox' ? '[accountId+createdAt]' : 'accountId')
    .between(...range(table, owner))
    .toArray() as Promise<object[]>;
}

const range = (table: SealedTable, owner: string): [unknown, unknown, boolean, boolean] =>
  table === 'outbox' ? [[owner, -Infinity], [owner, Infinity], true, true] : [owner, owner, true, true];

/** `key`: the data key to seal with, or null to open every sealed row (the key must be held then). */
export async function resealAccount(owner: string, key: CryptoKey | null): Promise<number> {
  const tables = Object.keys(PERSONAL_FIELDS) as SealedTable[];
  const changed = new Map<SealedTable, object[]>();
  for (const table of tables) {
    const rows = (await rowsOf(table, owner)).filter((row) => isSealed(row) !== (key !== null));
    changed.set(table, await Promise.all(rows.map((row) => (key ? sealRow(table, row, key) : openRow(row)))));
  }
  const db = getDb();
  // The settings that hold what the person typed (the appeal being written, the doctor form).
  const toChange = (row: SettingRow | undefined): row is SettingRow => row !== undefined && isSealed(row) !== (key !== null);
  const settings = await Promise.all(
    (await db.settings.bulkGet(personalSettingKeys(owner)))
      .filter(toChange)
      .map((row) => (key ? personalSettingRow(owner, row.key, row.value, key) : openRow(row))),
  );
  await db.transaction('rw', [...tables, 'settings'], async () => {
    const current = await db.settings.bulkGet(settings.map((row) => row.key));
    const stillSettings = settings.filter((_, i) => toChange(current[i]));
    if (stillSettings.length) await db.settings.bulkPut(stillSettings);
    for (const [table, rows] of changed) {
      // A row written since it was read (sealed or opened already by the new setting) is newer: keep it.
      const keys = rows.map((row) => (row as { id: string }).id);
      const now = await db.table(table).bulkGet(keys);
      const still = rows.filter((_, i) => now[i] !== undefined && isSealed(now[i]) !== (key !== null));
      if (still.length) await db.table(table).bulkPut(still);
    }
  });
  return [...changed.values()].reduce((sum, rows) => sum + rows.length, settings.length);
}

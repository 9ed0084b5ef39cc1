// Regression for «leftovers after a wipe»: every table of «okno» is listed after A's wipe and none holds
// a row that names A or carries A's data; B's rows stay.
import 'fake-indexeddb/auto';
import { afterAll, describe, expect, it } from 'vitest';
import { getDb } from '../database';
import { saveHandset, signatureKeyPair } from './keysRepo';
import { OWNED_TABLES, wipeAccountData } from './deviceRepo';

const MARK = { A: 'Иванова-A-passport-4510123456', B: 'Петров-B-passport-4510654321' };

async function fill(accountId: 'A' | 'B') {
  const db = getDb();
  const mark = MARK[accountId];
  await db.profile.put({ id: accountId, updatedAt: 1, data: { surname: mark } });
  for (const name of OWNED_TABLES) {
    const row: Record<string, unknown> = {
      id: `${name}-${accountId}`,
      accountId,
      draftId: `d-${accountId}`,
      note: mark,
      at: 1,
      updatedAt: 1,
      createdAt: 1,
      addedAt: 1,
      paidAt: 1,
      startsAt: 1,
      status: 's',
      number: `n-${accountId}`,
      invoiceId: 'i',
      kind: 'k',
    };
    if (name === 'audit') delete row.id;
    await db.table(name).put(row);
  }
  await saveHandset(accountId, `handset-${mark}`);
  await signatureKeyPair(accountId);
}

afterAll(async () => {
  await getDb().delete();
});

describe('wipe of one account on a shared device', () => {
  it('leaves no row of A in any table of «okno», and keeps B’s', async () => {
    await fill('A');
    await fill('B');
    await wipeAccountData('A');
    const db = getDb();
    const left: string[] = [];
    for (const table of db.tables) {
      for (const row of await table.toArray()) {
        const text = JSON.stringify(row);
        if ((row as { accountId?: string }).accountId === 'A' || (row as { id?: string }).id === 'A' || text.includes(MARK.A))
          left.push(`${table.name}: ${text.slice(0, 80)}`);
      }
    }
    expect(left).toEqual([]);
    expect(await db.keys.where('accountId').equals('B').count()).toBe(2);
    expect(await db.profile.get('B')).toBeDefined();
    // Every table was looked at, including the per-account keys.
    expect(db.tables.map((t) => t.name)).toContain('keys');
  });
});

import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { ServerDb, STRICT_TABLES } from './db';

describe('okno-server durability', () => {
  it('writes money and submissions with strict durability', async () => {
    const db = new ServerDb('okno-server', { indexedDB: new IDBFactory(), IDBKeyRange });
    expect(db.tables.map((table) => table.name)).toEqual(expect.arrayContaining(STRICT_TABLES));
    const durability = (tables: string[]) =>
      db.transaction('rw', tables, () => (Dexie.currentTransaction as unknown as { idbtrans: IDBTransaction }).idbtrans.durability);
    expect(await durability(['cases', 'changes', 'notices'])).toBe('strict');
    expect(await durability(['invoices', 'attempts'])).toBe('strict');
    expect(await durability(['settings', 'journal'])).toBe('default');
  });
});

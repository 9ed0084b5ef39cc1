import Dexie, { type Table } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { storageMiddleware } from './durability';

class Probe extends Dexie {
  payments!: Table<{ id: string }, string>;
  settings!: Table<{ key: string; value: number }, string>;
  constructor() {
    super('probe', { indexedDB: new IDBFactory(), IDBKeyRange });
    this.use(storageMiddleware(['payments'], () => this.isOpen() && this.close({ disableAutoOpen: false })));
    this.version(1).stores({ payments: 'id', settings: 'key' });
  }
}

/** The durability the browser was asked for by a transaction over `tables`. */
async function durabilityOf(db: Dexie, tables: string[], mode: 'rw' | 'r' = 'rw'): Promise<string> {
  return db.transaction(mode, tables, () => (Dexie.currentTransaction as unknown as { idbtrans: IDBTransaction }).idbtrans.durability);
}

describe('strict durability', () => {
  it('opens a write over a listed table strict, and other transactions as the browser chooses', async () => {
    const db = new Probe();
    expect(await durabilityOf(db, ['payments', 'settings'])).toBe('strict');
    expect(await durabilityOf(db, ['settings'])).toBe('default');
    expect(await durabilityOf(db, ['payments'], 'r')).toBe('default');
  });
});

describe('a lost connection', () => {
  it('is reopened for the next write instead of failing on the dead handle for good', async () => {
    const db = new Probe();
    await db.open();
    const before = db.backendDB();
    before.close(); // what the browser does when its storage process goes away: Dexie is not told
    const row = { key: 'probe', value: 1 };
    await expect(db.settings.put(row)).rejects.toThrow();
    await db.settings.put(row);
    expect(db.backendDB()).not.toBe(before);
    expect(await db.settings.get('probe')).toEqual(row);
  });

  it('is not reopened after a close of our own (another tab upgraded the schema)', async () => {
    const db = new Probe();
    await db.open();
    db.close();
    await expect(db.settings.put({ key: 'probe', value: 1 })).rejects.toThrow(/closed/i);
    expect(db.isOpen()).toBe(false);
  });
});

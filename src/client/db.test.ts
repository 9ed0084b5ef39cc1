import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { OknoDb, STRICT_TABLES } from './db';
import { LOCAL_ACCOUNT } from './rows';

interface RawDump {
  name: string;
  idbVersion: number;
  stores: Record<string, { keyPath: string; autoIncrement?: boolean; indexes: string[] }>;
  rows: Record<string, unknown[]>;
}

const V1 = JSON.parse(readFileSync(new URL('../../test/fixtures/db/okno-v1.json', import.meta.url), 'utf8')) as RawDump;

/** Recreates a dumped database with raw IndexedDB, exactly as an old app version left it. */
function restore(indexedDB: IDBFactory, dump: RawDump): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(dump.name, dump.idbVersion);
    open.onupgradeneeded = () => {
      for (const [name, spec] of Object.entries(dump.stores)) {
        const store = open.result.createObjectStore(name, { keyPath: spec.keyPath, autoIncrement: spec.autoIncrement ?? false });
        for (const index of spec.indexes) store.createIndex(index, index);
        for (const row of dump.rows[name] ?? []) store.add(row);
      }
    };
    open.onsuccess = () => {
      open.result.close();
      resolve();
    };
    open.onerror = () => reject(open.error);
  });
}

describe('okno schema migrations', () => {
  it('upgrades a v1 device to the current schema without losing anything', async () => {
    const indexedDB = new IDBFactory();
    await restore(indexedDB, V1);
    const db = new OknoDb('okno', { indexedDB, IDBKeyRange });
    await db.open();

    expect(db.verno).toBeGreaterThanOrEqual(5); // later versions add tables, never drop these rows
    expect(await db.settings.get('changes.cursor')).toEqual({ key: 'changes.cursor', value: { epoch: 'e1', cursor: 7 } });
    expect(await db.profile.get('me')).toBeUndefined();
    expect(await db.profile.get(LOCAL_ACCOUNT)).toMatchObject({ data: { surname: 'Иванова', name: 'Мария' } });
    expect(await db.drafts.where('accountId').equals(LOCAL_ACCOUNT).primaryKeys()).toEqual(['d-1']);
    expect(await db.attachments.where('draftId').equals('d-1').first()).toMatchObject({ accountId: LOCAL_ACCOUNT });
    const audit = await db.audit.where('[accountId+at]').between([LOCAL_ACCOUNT, 0], [LOCAL_ACCOUNT, Infinity]).toArray();
    expect(audit.map((entry) => entry.kind)).toEqual(['profile.saved', 'draft.created']);
    expect(audit[0]).not.toHaveProperty('action');
    db.close();
  });

  it('creates the current schema on a new device with every feature table', async () => {
    const db = new OknoDb('okno', { indexedDB: new IDBFactory(), IDBKeyRange });
    await db.open();
    expect(db.tables.map((table) => table.name).sort()).toEqual(
      [
        'appeals',
        'applications',
        'attachments',
        'audit',
        'bookings',
        'documents',
        'drafts',
        'keys',
        'notifications',
        'outbox',
        'payments',
        'profile',
        'receipts',
        'refunds',
        'settings',
        'supportChats',
      ].sort(),
    );
    db.close();
  });

  it('keeps Blobs as Blobs, never base64', async () => {
    const db = new OknoDb('okno', { indexedDB: new IDBFactory(), IDBKeyRange });
    const blob = new Blob([new Uint8Array([0x25, 0x50, 0x44, 0x46])], { type: 'application/pdf' });
    await db.documents.add({ id: 'doc', accountId: 'u', title: 'Паспорт', type: 'application/pdf', size: 4, addedAt: 1, blob });
    const stored = await db.documents.get('doc');
    expect(stored?.blob).toBeInstanceOf(Blob);
    db.close();
  });
});

describe('okno durability', () => {
  it('writes submissions on their way, money and keys with strict durability', async () => {
    const db = new OknoDb('okno', { indexedDB: new IDBFactory(), IDBKeyRange });
    expect(db.tables.map((table) => table.name)).toEqual(expect.arrayContaining(STRICT_TABLES));
    const durability = (tables: string[]) =>
      db.transaction('rw', tables, () => (Dexie.currentTransaction as unknown as { idbtrans: IDBTransaction }).idbtrans.durability);
    expect(await durability(['outbox', 'drafts', 'attachments'])).toBe('strict');
    expect(await durability(['drafts'])).toBe('default');
  });
});

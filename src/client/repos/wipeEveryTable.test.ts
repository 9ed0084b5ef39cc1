// Issue 17.3: every table and object store of «okno» is named here with how an account's rows sit in it,
// filled with rows of A and B, and read raw after A's wipe: nothing of A may remain, B's rows stay. A
// table added later fails the first test until it is classified below (and the wipe handles it).
import 'fake-indexeddb/auto';
import { afterAll, describe, expect, it } from 'vitest';
import { getDb } from '../database';
import { CLIENT_DB_NAME } from '../db';
import { wipeAccountData } from './deviceRepo';

/** How a table holds one account's rows. */
type Ownership =
  | 'accountId' // rows carry `accountId`
  | 'profileKey' // the row's key is the account id
  | 'chatOwner' // support chats carry `owner`: an account id, or 'local' for a guest
  | 'settingKey'; // device settings; an account's own settings name the account in their key

export const CLIENT_TABLES: Record<string, Ownership> = {
  settings: 'settingKey',
  profile: 'profileKey',
  drafts: 'accountId',
  attachments: 'accountId',
  documents: 'accountId',
  applications: 'accountId',
  payments: 'accountId',
  receipts: 'accountId',
  appeals: 'accountId',
  bookings: 'accountId',
  notifications: 'accountId',
  audit: 'accountId',
  outbox: 'accountId',
  refunds: 'accountId',
  keys: 'accountId',
  supportChats: 'chatOwner',
};

const MARK = { A: 'Иванова Анна 4508 123456 +79120000001', B: 'Петров Борис 4510 654321 +79120000002' };

/** The per-account setting keys the app writes today (the change cursor, the doctor's form, the appeal draft). */
const settingKeys = (id: string) => [`feed.cursor.${id}`, `doctor.patient.${id}`, `appeal-draft:${id}`];

function rowFor(table: string, ownership: Ownership, id: 'A' | 'B'): Record<string, unknown>[] {
  const common = {
    note: MARK[id],
    at: 1,
    updatedAt: 1,
    createdAt: 1,
    addedAt: 1,
    paidAt: 1,
    startsAt: 1,
    status: 's',
    serviceId: 'x',
    draftId: `d-${id}`,
    invoiceId: `i-${id}`,
    number: `n-${id}`,
  };
  switch (ownership) {
    case 'accountId':
      return table === 'keys'
        ? [{ accountId: id, kind: 'handset', value: MARK[id] }]
        : [{ ...common, ...(table === 'audit' ? {} : { id: `${table}-${id}` }), accountId: id }];
    case 'profileKey':
      return [{ ...common, id }];
    case 'chatOwner':
      return [{ ...common, id: `chat-${id}`, owner: id }];
    case 'settingKey':
      return settingKeys(id).map((key) => ({ key, value: { text: MARK[id] } }));
  }
}

/** Every row of every object store, read with the raw IndexedDB API (not through Dexie). */
function rawRows(): Promise<Record<string, unknown[]>> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(CLIENT_DB_NAME);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const names = [...db.objectStoreNames];
      const out: Record<string, unknown[]> = {};
      const tx = db.transaction(names, 'readonly');
      for (const name of names) {
        const all = tx.objectStore(name).getAll();
        all.onsuccess = () => void (out[name] = all.result);
      }
      tx.oncomplete = () => (db.close(), resolve(out));
    };
  });
}

afterAll(async () => {
  await getDb().delete();
});

describe('the wipe of one account, over every table of «okno»', () => {
  it('knows every table and object store: a new one must be classified here first', async () => {
    const db = getDb();
    await db.open();
    const stores = Object.keys(await rawRows());
    expect(db.tables.map((t) => t.name).sort(), 'a table of okno is not classified in CLIENT_TABLES').toEqual(Object.keys(CLIENT_TABLES).sort());
    expect(stores.sort()).toEqual(Object.keys(CLIENT_TABLES).sort());
  });

  it('leaves not one row, key or value of A in any store, and keeps B’s', async () => {
    const db = getDb();
    for (const [table, ownership] of Object.entries(CLIENT_TABLES)) {
      for (const id of ['A', 'B'] as const) await db.table(table).bulkPut(rowFor(table, ownership, id));
    }
    await wipeAccountData('A');
    const left: string[] = [];
    let kept = 0;
    for (const [store, rows] of Object.entries(await rawRows())) {
      for (const row of rows) {
        const text = JSON.stringify(row);
        const r = row as Record<string, unknown>;
        if (text.includes(MARK.B)) kept += 1;
        if (r.accountId === 'A' || r.id === 'A' || r.owner === 'A' || settingKeys('A').includes(String(r.key)) || text.includes(MARK.A))
          left.push(`${store}: ${text.slice(0, 100)}`);
      }
    }
    expect(left).toEqual([]);
    expect(kept).toBe(Object.keys(CLIENT_TABLES).length - 1 + settingKeys('B').length);
  });
});

// Issue 17.3, the server's half: after a visitor's wipe (the device signs out: POST /auth/logout) every
// table and object store of «okno-server» is read raw. The department's records of the person stay (the
// account lives on and can sign in again) but each row that names them is owned by their account, so
// only their own session reaches it; their session is gone; tables of the stand hold nothing of them;
// and the next visitor's every read finds nothing of them. A table added later fails until classified.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SERVER_DB_NAME } from '../db';
import { DEMO_CITIZEN } from '../demoData';
import { createTestServer, type TestServer } from '../testServer';

/** What a table is to one person. */
type Kind =
  | 'session' // the visitor's own sign-in: ended by the wipe
  | 'owned' // department records: every row naming a person carries their accountId (or is keyed by it)
  | 'stand' // the stand's own state: holds nothing of any citizen
  | 'staffOnly'; // the request journal (a QA facility), requests to restore access: read only with a staff session

export const SERVER_TABLES: Record<string, Kind> = {
  settings: 'stand',
  changes: 'owned',
  accounts: 'owned',
  sessions: 'session',
  codes: 'owned',
  inbox: 'owned',
  signins: 'owned',
  cases: 'owned',
  notices: 'owned',
  certificates: 'owned',
  invoices: 'owned',
  attempts: 'owned',
  receipts: 'owned',
  fines: 'stand',
  refunds: 'owned',
  staffSessions: 'stand',
  operatorAudit: 'owned',
  appeals: 'owned',
  supportChats: 'owned',
  bookings: 'owned',
  officeChanges: 'stand',
  journal: 'staffOnly',
  recoveryRequests: 'staffOnly',
};

/** What the demo citizen's rows say about her: her phone, e-mail, surname and passport number. */
const MARKS = [DEMO_CITIZEN.phone, DEMO_CITIZEN.email, 'Смирнова', '284613'];
/** What the next visitor reads: every list of their own the API has. */
const READS = [
  '/me',
  '/me/profile',
  '/me/signins',
  '/me/operator-log',
  '/me/identity',
  '/applications',
  '/notifications',
  '/inbox?channel=sms',
  '/inbox?channel=email',
  '/changes?since=0',
  '/payments/invoices',
  '/payments/receipts',
  '/payments/refunds',
  '/appeals',
  '/bookings',
];

let server: TestServer;
beforeEach(() => {
  server = createTestServer();
});
afterEach(async () => {
  await server.close();
});

function rawStores(name: string): Promise<Record<string, unknown[]>> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const out: Record<string, unknown[]> = {};
      const tx = db.transaction([...db.objectStoreNames], 'readonly');
      for (const store of [...db.objectStoreNames]) {
        const all = tx.objectStore(store).getAll();
        all.onsuccess = () => void (out[store] = all.result);
      }
      tx.oncomplete = () => (db.close(), resolve(out));
    };
  });
}

const names = (text: string) => MARKS.some((mark) => text.includes(mark));

describe('the wipe of one visitor, over every table of «okno-server»', () => {
  it('knows every table and object store: a new one must be classified here first', async () => {
    await server.db.open();
    const tables = server.db.tables.map((t) => t.name).sort();
    expect(tables, 'a table of okno-server is not classified in SERVER_TABLES').toEqual(Object.keys(SERVER_TABLES).sort());
    expect(Object.keys(await rawStores(server.db.name)).sort()).toEqual(tables);
    expect(server.db.name.startsWith(SERVER_DB_NAME)).toBe(true);
  });

  it('ends the visitor’s session, keeps each record of them owned, and lets the next visitor reach none', async () => {
    expect((await server.post('/_sim/seed', {})).status).toBe(201);
    const login = await server.post<{ grant: { token: string } }>('/auth/login', { login: DEMO_CITIZEN.phone, password: DEMO_CITIZEN.password });
    const a = { Authorization: `Bearer ${login.body.grant.token}` };
    const olga = (await server.db.accounts.where('phone').equals(DEMO_CITIZEN.phone).first())!.id;
    for (const path of READS) expect((await server.get(path, a)).status, path).toBe(200);
    await server.post('/notifications/read', {}, a);
    expect((await server.post('/auth/logout', {}, a)).status).toBe(200);

    const stores = await rawStores(server.db.name);
    const wrong: string[] = [];
    for (const [store, rows] of Object.entries(stores)) {
      for (const row of rows as Record<string, unknown>[]) {
        const text = JSON.stringify(row);
        const owner = store === 'accounts' ? row.id : row.accountId;
        if (SERVER_TABLES[store] === 'session' && owner === olga) wrong.push(`${store}: a session of hers is still open`);
        if (SERVER_TABLES[store] === 'owned' && names(text) && owner !== olga)
          wrong.push(`${store}: names her but is owned by ${String(owner)}: ${text.slice(0, 120)}`);
        if (SERVER_TABLES[store] === 'stand' && (names(text) || text.includes(olga))) wrong.push(`${store}: holds her data: ${text.slice(0, 120)}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(stores.cases!.length).toBeGreaterThanOrEqual(12);

    // Her old token opens nothing; without a session nothing of hers is listed; the journal is staff-only.
    expect((await server.get('/me', a)).status).toBe(401);
    expect((await server.get('/changes?since=0')).status).toBe(401);
    expect((await server.get('/_sim/inbox?channel=sms')).status).toBe(403);
    expect((await server.get('/_sim/journal')).status).toBe(403);
    // The next visitor, signed in on the same stand, reads every list of their own and meets none of hers.
    const next = await server.registerCitizen('+79120000002', 'next@example.ru');
    const caseIds = stores.cases!.map((row) => (row as { id: string }).id);
    for (const path of READS) {
      const { status, body } = await server.get(path, next.auth);
      const text = JSON.stringify(body);
      expect(status, path).toBeLessThan(500);
      expect(names(text) || text.includes(olga) || caseIds.some((id) => text.includes(id)), `${path}: ${text.slice(0, 200)}`).toBe(false);
    }
  });
});

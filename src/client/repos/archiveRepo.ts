// Moving an account's device data in and out of an export archive. Blobs become data URLs and back;
// restoring writes every table in one transaction, so a failure leaves the device as it was.
import { getDb } from '../database';
import { OWNED_TABLES } from './deviceRepo';

type Row = Record<string, unknown>;
const ARCHIVED_TABLES = ['profile', ...OWNED_TABLES] as const;

function toDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

async function packRow(row: Row): Promise<Row> {
  const out: Row = {};
  for (const [key, value] of Object.entries(row)) out[key] = value instanceof Blob ? { dataUrl: await toDataUrl(value) } : value;
  return out;
}

async function unpackRow(row: Row): Promise<Row> {
  const out: Row = {};
  for (const [key, value] of Object.entries(row)) {
    const dataUrl = value && typeof value === 'object' && 'dataUrl' in value ? (value as { dataUrl: unknown }).dataUrl : null;
    out[key] = typeof dataUrl === 'string' ? await (await fetch(dataUrl)).blob() : value;
  }
  return out;
}

export async function packAccountTables(accountId: string): Promise<Record<string, Row[]>> {
  const db = getDb();
  const tables: Record<string, Row[]> = {};
  for (const name of ARCHIVED_TABLES) {
    const rows = name === 'profile' ? [await db.profile.get(accountId)].filter(Boolean) : await db.table(name).where('accountId').equals(accountId).toArray();
    tables[name] = await Promise.all((rows as Row[]).map(packRow));
  }
  return tables;
}

/** Puts archived rows back; rows of other accounts and unknown tables are ignored. */
export async function restoreAccountTables(accountId: string, tables: Record<string, Row[]>): Promise<number> {
  const db = getDb();
  const unpacked: [string, Row[]][] = [];
  for (const name of ARCHIVED_TABLES) {
    const rows = (tables[name] ?? []).filter((row) => (name === 'profile' ? row.id === accountId : row.accountId === accountId));
    unpacked.push([name, await Promise.all(rows.map(unpackRow))]);
  }
  await db.transaction('rw', ARCHIVED_TABLES.map((name) => db.table(name)), async () => {
    for (const [name, rows] of unpacked) await db.table(name).bulkPut(rows);
  });
  return unpacked.reduce((sum, [, rows]) => sum + rows.length, 0);
}

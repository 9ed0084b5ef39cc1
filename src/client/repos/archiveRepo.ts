// Moving an account's device data in and out of an export archive. Blobs become data URLs and back;
// restoring writes every table in one transaction, so a failure leaves the device as it was.
import * as v from 'valibot';
import { getDb } from '../database';
import * as rows from '../rows';
import { OWNED_TABLES } from './deviceRepo';
import { openRows, PERSONAL_FIELDS, sealRow, type SealedTable } from '../vault/rowSeal';

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

/** A data: URL's bytes, decoded here: fetch(data:…) is refused by the CSP's connect-src 'self'. */
function blobFromDataUrl(dataUrl: string): Blob {
  const comma = dataUrl.indexOf(',');
  const header = dataUrl.slice(5, comma);
  const body = dataUrl.slice(comma + 1);
  const type = header.replace(/;base64$/, '');
  const bytes = header.endsWith(';base64') ? Uint8Array.from(atob(body), (c) => c.charCodeAt(0)) : new TextEncoder().encode(decodeURIComponent(body));
  return new Blob([bytes], { type });
}

async function unpackRow(row: Row): Promise<Row> {
  const out: Row = {};
  for (const [key, value] of Object.entries(row)) {
    const dataUrl = value && typeof value === 'object' && 'dataUrl' in value ? (value as { dataUrl: unknown }).dataUrl : null;
    out[key] = typeof dataUrl === 'string' ? blobFromDataUrl(dataUrl) : value;
  }
  return out;
}

export async function packAccountTables(accountId: string): Promise<Record<string, Row[]>> {
  const db = getDb();
  const tables: Record<string, Row[]> = {};
  for (const name of ARCHIVED_TABLES) {
    const rows =
      name === 'profile' ? [await db.profile.get(accountId)].filter(Boolean) : await db.table(name).where('accountId').equals(accountId).toArray();
    // The archive is the person's own copy: sealed rows go into it opened (the key is held while signed in).
    tables[name] = await Promise.all((await openRows(rows as Row[])).map(packRow));
  }
  return tables;
}

const ROW_SCHEMAS: Record<(typeof ARCHIVED_TABLES)[number], v.GenericSchema> = {
  profile: rows.ProfileRowSchema,
  drafts: rows.DraftRowSchema,
  attachments: rows.AttachmentRowSchema,
  documents: rows.DocumentRowSchema,
  applications: rows.ApplicationRowSchema,
  payments: rows.PaymentRowSchema,
  receipts: rows.ReceiptRowSchema,
  appeals: rows.AppealRowSchema,
  bookings: rows.BookingRowSchema,
  notifications: rows.NotificationRowSchema,
  audit: rows.AuditRowSchema,
};

export class BadArchiveRows extends Error {}

/**
 * Puts archived rows back. Every row is checked with its table's schema first (one bad row refuses
 * the archive); rows of other accounts are ignored and never overwrite another account's rows;
 * journal entries get new numbers.
 */
export async function restoreAccountTables(accountId: string, tables: Record<string, Row[]>): Promise<number> {
  const db = getDb();
  const unpacked: [string, Row[]][] = [];
  for (const name of ARCHIVED_TABLES) {
    const mine = (tables[name] ?? []).filter((row) => (name === 'profile' ? row.id === accountId : row.accountId === accountId));
    const checked = (await Promise.all(mine.map(unpackRow))).map((row) => {
      const parsed = v.safeParse(ROW_SCHEMAS[name], row);
      if (!parsed.success) throw new BadArchiveRows(`A ${name} row does not fit its schema`);
      return parsed.output as Row;
    });
    if (name === 'audit') checked.forEach((row) => delete row.id);
    // Sealed before the transaction when the account encrypts (crypto inside it would commit it early).
    unpacked.push([name, name in PERSONAL_FIELDS ? await Promise.all(checked.map((row) => sealRow(name as SealedTable, row))) : checked]);
  }
  await db.transaction(
    'rw',
    ARCHIVED_TABLES.map((name) => db.table(name)),
    async () => {
      for (const [name, list] of unpacked) {
        const table = db.table(name);
        const keep = [];
        for (const row of list) {
          const current = name === 'audit' ? undefined : ((await table.get(row.id as string)) as Row | undefined);
          if (!current || (name === 'profile' ? current.id === accountId : current.accountId === accountId)) keep.push(row);
        }
        await table.bulkPut(keep);
      }
    },
  );
  return unpacked.reduce((sum, [, list]) => sum + list.length, 0);
}

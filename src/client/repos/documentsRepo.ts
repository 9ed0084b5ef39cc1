// The profile's document library: scans kept as Blobs on the device, reusable in applications.
import { getDb } from '../database';
import type { DocumentRow } from '../rows';
import { auditRow } from './auditRepo';
import { openRow, openRows, sealRow } from '../vault/rowSeal';

export async function listDocuments(accountId: string): Promise<DocumentRow[]> {
  return openRows(await getDb().documents.where('accountId').equals(accountId).reverse().sortBy('addedAt'));
}

/**
 * Stores a document and, in the same transaction, its journal entry: the list shows the document only
 * once the entry is written too (leaving the page right after adding one lost the entry before).
 */
export async function addDocument(row: DocumentRow, journalDetail?: string): Promise<void> {
  const db = getDb();
  const stored = await sealRow('documents', row);
  // Both sealed before the transaction: an await on crypto inside it would let IndexedDB commit it early.
  const entry = journalDetail === undefined ? undefined : await auditRow(row.accountId, 'document.add', row.addedAt, journalDetail);
  await db.transaction('rw', db.documents, db.audit, async () => {
    await db.documents.add(stored);
    if (entry) await db.audit.add(entry);
  });
}

/** The title is sealed with the file when encryption is on: the row is opened, renamed and sealed again. */
export async function renameDocument(id: string, title: string): Promise<void> {
  const stored = await getDb().documents.get(id);
  if (!stored) return;
  const row = await sealRow('documents', { ...(await openRow(stored)), title });
  await getDb().documents.put(row);
}

export async function deleteDocument(id: string): Promise<void> {
  await getDb().documents.delete(id);
}

// The profile's document library: scans kept as Blobs on the device, reusable in applications.
import { getDb } from '../database';
import type { DocumentRow } from '../rows';
import { logAction } from './auditRepo';

export function listDocuments(accountId: string): Promise<DocumentRow[]> {
  return getDb().documents.where('accountId').equals(accountId).reverse().sortBy('addedAt');
}

/**
 * Stores a document and, in the same transaction, its journal entry: the list shows the document only
 * once the entry is written too (leaving the page right after adding one lost the entry before).
 */
export async function addDocument(row: DocumentRow, journalDetail?: string): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.documents, db.audit, async () => {
    await db.documents.add(row);
    if (journalDetail !== undefined) await logAction(row.accountId, 'document.add', row.addedAt, journalDetail);
  });
}

export async function renameDocument(id: string, title: string): Promise<void> {
  await getDb().documents.update(id, { title });
}

export async function deleteDocument(id: string): Promise<void> {
  await getDb().documents.delete(id);
}

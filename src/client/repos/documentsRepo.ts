// The profile's document library: scans kept as Blobs on the device, reusable in applications.
import { getDb } from '../database';
import type { DocumentRow } from '../rows';

export function listDocuments(accountId: string): Promise<DocumentRow[]> {
  return getDb().documents.where('accountId').equals(accountId).reverse().sortBy('addedAt');
}

export async function addDocument(row: DocumentRow): Promise<void> {
  await getDb().documents.add(row);
}

export async function renameDocument(id: string, title: string): Promise<void> {
  await getDb().documents.update(id, { title });
}

export async function deleteDocument(id: string): Promise<void> {
  await getDb().documents.delete(id);
}

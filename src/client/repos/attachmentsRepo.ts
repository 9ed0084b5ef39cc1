// Files attached to a draft, one per document slot, kept as Blobs until the application is sent.
import { getDb } from '../database';
import type { AttachmentRow } from '../rows';
import { openRows, sealRow } from '../vault/rowSeal';

export async function listAttachments(draftId: string): Promise<AttachmentRow[]> {
  return openRows(await getDb().attachments.where('draftId').equals(draftId).toArray());
}

/** Puts a file in its slot, replacing the one there, in one transaction. */
export async function attach(row: AttachmentRow): Promise<void> {
  const db = getDb();
  const stored = await sealRow('attachments', row);
  await db.transaction('rw', db.attachments, async () => {
    await db.attachments
      .where('draftId')
      .equals(row.draftId)
      .filter((other) => other.slot === row.slot)
      .delete();
    await db.attachments.add(stored);
  });
}

export async function detach(id: string): Promise<void> {
  await getDb().attachments.delete(id);
}

export async function detachAll(draftId: string): Promise<void> {
  await getDb().attachments.where('draftId').equals(draftId).delete();
}

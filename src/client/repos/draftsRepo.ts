// Drafts of applications: every answer as typed, the step reached, kept until the application is sent.
import { getDb } from '../database';
import type { DraftRow } from '../rows';

export async function createDraft(accountId: string, serviceId: string, answers: DraftRow['answers'], form: string): Promise<string> {
  const id = crypto.randomUUID();
  await getDb().drafts.add({ id, accountId, serviceId, step: 0, answers, updatedAt: Date.now(), form });
  return id;
}

export function readDraft(id: string): Promise<DraftRow | undefined> {
  return getDb().drafts.get(id);
}

/**
 * Puts the whole row with one request and commits at once, in the same task as the keystroke: no read
 * first and no wait for an answer before the commit, so the write has left the page before anything else
 * runs. A browser killed right after typing keeps the answer (issue 11: crash-safe typing). It goes past
 * Dexie, so it tells no live query: the caller's regular `saveDraft` follows with the same answers.
 */
export function writeDraftAhead(row: DraftRow): void {
  const db = getDb();
  if (!db.isOpen()) return;
  try {
    const tx = db.backendDB().transaction('drafts', 'readwrite');
    tx.objectStore('drafts').put(row);
    tx.commit();
  } catch {
    // A closing connection: the regular write that follows reports what went wrong.
  }
}

/** Resolves when the transaction is complete. */
export async function saveDraft(id: string, patch: Pick<DraftRow, 'answers' | 'step'> & Partial<Pick<DraftRow, 'form'>>): Promise<void> {
  await getDb().drafts.update(id, { ...patch, updatedAt: Date.now() });
}

export function listDrafts(accountId: string): Promise<DraftRow[]> {
  return getDb().drafts.where('accountId').equals(accountId).reverse().sortBy('updatedAt');
}

export async function deleteDraft(id: string): Promise<void> {
  await getDb().drafts.delete(id);
}

/** The account's most recently changed draft of a service: «Получить услугу» offers to continue it. */
export async function findDraftOf(accountId: string, serviceId: string): Promise<DraftRow | undefined> {
  const drafts = await getDb().drafts.where('accountId').equals(accountId).filter((draft) => draft.serviceId === serviceId).toArray();
  return drafts.sort((a, b) => b.updatedAt - a.updatedAt)[0];
}

/**
 * Deletes one of the account's drafts with its attached files and any signed copy still waiting in the
 * outbox, in one transaction: afterwards nothing of it is left on the device. Device only, so it works
 * offline. Resolves false (and deletes nothing) for a draft that is gone or another account's.
 */
export async function discardDraft(accountId: string, id: string): Promise<boolean> {
  const db = getDb();
  return db.transaction('rw', db.drafts, db.attachments, db.outbox, async () => {
    const draft = await db.drafts.get(id);
    if (draft?.accountId !== accountId) return false;
    await db.attachments.where('draftId').equals(id).delete();
    await db.outbox.delete(id);
    await db.drafts.delete(id);
    return true;
  });
}

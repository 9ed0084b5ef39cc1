// Drafts of applications: every answer as typed, the step reached, kept until the application is sent.
import { getDb } from '../database';
import type { DraftRow } from '../rows';
import { openRow, openRows, sealPatch, sealRow, sealRowNow } from '../vault/rowSeal';
import { isSealed } from '../vault/sealing';
import { sealingKey } from '../vault/vaultKey';

export async function createDraft(
  accountId: string,
  serviceId: string,
  answers: DraftRow['answers'],
  form: string,
  extra: Pick<DraftRow, 'fixes'> = {},
): Promise<string> {
  const id = crypto.randomUUID();
  const row = await sealRow('drafts', { id, accountId, serviceId, step: 0, answers, updatedAt: Date.now(), form, ...extra });
  await getDb().drafts.add(row);
  return id;
}

export async function readDraft(id: string): Promise<DraftRow | undefined> {
  const row = await getDb().drafts.get(id);
  return row && openRow(row);
}

/** The latest sealed copy of each draft, made right after each change, for the write-ahead to put at once. */
const sealedAhead = new Map<string, DraftRow>();
let sealing = Promise.resolve();

function putRaw(row: DraftRow): void {
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

/**
 * Puts the whole row with one request and commits at once, in the same task as the keystroke: no read
 * first and no wait for an answer before the commit, so the write has left the page before anything else
 * runs. A browser killed right after typing keeps the answer (issue 11: crash-safe typing). It goes past
 * Dexie, so it tells no live query: the caller's regular `saveDraft` follows with the same answers.
 */
export function writeDraftAhead(row: DraftRow): void {
  let key: CryptoKey | null;
  try {
    key = sealingKey(row.accountId);
  } catch {
    return; // locked: nothing may go down in clear (the lock screen covers the page meanwhile)
  }
  if (!key) return putRaw(row);
  // Encrypted: sealed at once with the write-ahead key (src/client/vault/aheadKey.ts) and put in this task.
  const now = sealRowNow('drafts', row);
  if (now) return putRaw(now);
  // Until that key is made (just after the unlock), sealing is asynchronous: this task puts the copy sealed
  // after the previous change (one keystroke behind at most), and the new one as soon as it is sealed.
  const ready = sealedAhead.get(row.id);
  if (ready) putRaw(ready);
  sealing = sealing.then(async () => {
    const sealed = await sealRow('drafts', row, key);
    if (!isSealed(sealed)) return;
    sealedAhead.set(row.id, sealed);
    putRaw(sealed);
  });
}

/** Resolves when the transaction is complete. */
export async function saveDraft(
  accountId: string,
  id: string,
  patch: Pick<DraftRow, 'answers' | 'step'> & Partial<Pick<DraftRow, 'form'>>,
): Promise<void> {
  const change = await sealPatch('drafts', accountId, { ...patch, updatedAt: Date.now() });
  await getDb().drafts.update(id, change);
}

export async function listDrafts(accountId: string): Promise<DraftRow[]> {
  return openRows(await getDb().drafts.where('accountId').equals(accountId).reverse().sortBy('updatedAt'));
}

/** The draft that corrects the refused application `caseId`, if this device holds one. */
export async function findFixDraft(accountId: string, caseId: string): Promise<DraftRow | undefined> {
  return (await listDrafts(accountId)).find((draft) => draft.fixes?.caseId === caseId);
}

/** The account's most recently changed draft of a service: «Получить услугу» offers to continue it. */
export async function findDraftOf(accountId: string, serviceId: string): Promise<DraftRow | undefined> {
  const drafts = await getDb()
    .drafts.where('accountId')
    .equals(accountId)
    .filter((draft) => draft.serviceId === serviceId)
    .toArray();
  const latest = drafts.sort((a, b) => b.updatedAt - a.updatedAt)[0];
  return latest && openRow(latest);
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

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

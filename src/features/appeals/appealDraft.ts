// The appeal being written: one draft per account in the device's settings (not among the service
// drafts of «Мои заявления»), its files as Blobs in the attachments table under the draft's id.
import * as v from 'valibot';
import { attach, detach, detachAll, listAttachments } from '../../client/repos/attachmentsRepo';
import { appealDraftKey as key, readPersonalSetting, writePersonalSetting } from '../../client/repos/personalSettings';
import type { AttachmentRow } from '../../client/rows';
import type { Values } from '../../ui/form/createForm';
import type { AppealFile } from './appealsApi';

const DraftSchema = v.object({ id: v.string(), step: v.number(), values: v.record(v.string(), v.union([v.string(), v.boolean()])) });
export type AppealDraft = v.InferOutput<typeof DraftSchema>;

export async function readAppealDraft(accountId: string): Promise<AppealDraft | null> {
  return readPersonalSetting(key(accountId), v.nullable(DraftSchema), null);
}

export async function saveAppealDraft(accountId: string, draft: AppealDraft): Promise<void> {
  await writePersonalSetting(accountId, key(accountId), draft);
}

/** Forgets the draft (sent or thrown away); its files go with it. */
export async function dropAppealDraft(accountId: string, draftId: string): Promise<void> {
  await writePersonalSetting(accountId, key(accountId), null);
  await detachAll(draftId);
}

/** A draft the person has worked on: past the first page, or with a subject or text typed. */
export function isBegun(draft: AppealDraft | null | undefined): draft is AppealDraft {
  const typed = (name: string) => String(draft?.values[name] ?? '').trim() !== '';
  return Boolean(draft && (draft.step > 0 || typed('subject') || typed('description')));
}

export function newDraft(values: Values): AppealDraft {
  return { id: crypto.randomUUID(), step: 0, values };
}

export async function addDraftFile(
  accountId: string,
  draftId: string,
  file: File,
  sha256: string,
  type: string,
  screenshot: boolean,
  name = file.name,
): Promise<void> {
  const id = crypto.randomUUID();
  await attach({ id, accountId, draftId, slot: `${screenshot ? 'screenshot' : 'document'}:${id}`, name, type, size: file.size, sha256, blob: file });
}

export const removeDraftFile = (id: string) => detach(id);
export const listDraftFiles = (draftId: string) => listAttachments(draftId);

export function toAppealFiles(rows: readonly AttachmentRow[]): AppealFile[] {
  return rows.map((row) => ({ name: row.name, sha256: row.sha256, screenshot: row.slot?.startsWith('screenshot:') ?? false, blob: row.blob }));
}

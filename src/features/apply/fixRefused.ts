// «Исправить и подать заново»: a refused application becomes a new draft with its answers, its way of
// receiving and its files (read back from the department), marked as the correction of that application.
// Started twice, it opens the same draft again instead of making a second one.
import { attach } from '../../client/repos/attachmentsRepo';
import { createDraft, discardDraft, findFixDraft } from '../../client/repos/draftsRepo';
import type { ApplicationView } from '../../domain/application';
import { formFingerprint } from '../../domain/catalog/draftMerge';
import { findService } from '../../domain/catalog/services';
import { answersForFix } from '../../domain/fixRefusal';
import { readCaseFile } from './casesApi';
import { RESULT_KEY, RESULT_OFFICE_KEY } from './wizardSteps';

/** Index in `files` of the newest file of each slot (a reply to a documents request replaces the first one). */
export function latestFiles(files: ApplicationView['files']): number[] {
  const bySlot = new Map<string, number>();
  files.forEach((file, index) => bySlot.set(file.slot, index));
  return [...bySlot.values()];
}

/** The id of the draft correcting `app` (made now, or the one already on this device). */
export async function startFix(accountId: string, app: ApplicationView): Promise<string> {
  const existing = await findFixDraft(accountId, app.id);
  if (existing) return existing.id;
  const service = findService(app.serviceId);
  if (!service) throw new Error(`Unknown service ${app.serviceId}`);
  const answers = {
    ...answersForFix(service, app.answers),
    [RESULT_KEY]: app.resultWay,
    ...(app.resultOfficeId ? { [RESULT_OFFICE_KEY]: app.resultOfficeId } : {}),
  };
  const fixes = {
    caseId: app.id,
    number: app.number,
    reason: app.rejection?.reason ?? 'rules_broken',
    ...(app.rejection?.comment ? { comment: app.rejection.comment } : {}),
    ...(app.rejection?.fields?.length ? { fields: app.rejection.fields } : {}),
  };
  const draftId = await createDraft(accountId, app.serviceId, answers, formFingerprint(service.steps), { fixes });
  try {
    // Read every file first: a copy without some of them would look complete and is not.
    const files = await Promise.all(
      latestFiles(app.files).map(async (index) => ({ meta: app.files[index]!, blob: await readCaseFile(app.id, index) })),
    );
    for (const { meta, blob } of files) {
      await attach({
        id: crypto.randomUUID(),
        accountId,
        draftId,
        slot: meta.slot,
        name: meta.name,
        type: blob.type,
        size: blob.size,
        sha256: meta.sha256,
        blob,
      });
    }
  } catch (error) {
    await discardDraft(accountId, draftId);
    throw error;
  }
  return draftId;
}

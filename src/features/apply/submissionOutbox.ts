// Sending a signed application: one function for the wizard and for the outbox. The server has the
// draft's id as its idempotency key, so a retry never makes a second application; once it answers, the
// device's bookkeeping (the application's mirror row, the draft, its files, the queued copy, the journal)
// is done in one transaction, so a crash never leaves a sent application still listed as a draft.
import * as v from 'valibot';
import { audit } from '../../client/auditTrail';
import { getDb } from '../../client/database';
import { queueRequest, registerOutboxSender } from '../../client/outbox';
import { storeApplication } from '../../client/repos/applicationsRepo';
import { listAttachments } from '../../client/repos/attachmentsRepo';
import { SubmissionSchema, type ApplicationView, type Submission } from '../../domain/application';
import { submitApplication } from './applyApi';

const PATH = '/applications';

export async function sendSubmission(accountId: string, submission: Submission): Promise<ApplicationView> {
  const files = (await listAttachments(submission.draftId)).filter((row) => row.slot);
  const application = await submitApplication(
    submission,
    files.map((row) => ({ slot: row.slot!, blob: row.blob, name: row.name })),
  );
  const db = getDb();
  await db.transaction('rw', db.applications, db.attachments, db.drafts, db.outbox, async () => {
    await storeApplication(accountId, application); // the row the feed will carry: its page opens at once
    await db.attachments.where('draftId').equals(submission.draftId).delete();
    await db.drafts.delete(submission.draftId);
    await db.outbox.delete(submission.draftId); // a failed earlier try may still wait there
  });
  await audit(accountId, 'application.submit', application.number);
  return application;
}

/** The department could not be reached: the signed application waits and goes by itself. */
export function queueSubmission(accountId: string, submission: Submission, reason: string): Promise<void> {
  return queueRequest({ id: submission.draftId, accountId, path: PATH, body: submission, reason });
}

registerOutboxSender(PATH, async (row) => {
  await sendSubmission(row.accountId!, v.parse(SubmissionSchema, row.body));
});

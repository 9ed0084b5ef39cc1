// Sending an appeal: one function for the form and for the outbox. The draft's id is the server's
// idempotency key, so a retry never makes a second appeal; once the server has it, the draft and its
// files leave the device. An appeal the department could not receive waits in the one outbox.
import * as v from 'valibot';
import { dequeue } from '../../client/repos/outboxRepo';
import { queueRequest, registerOutboxSender } from '../../client/outbox';
import { appealInputSchema, type AppealInput } from '../../domain/appeals/input';
import { dropAppealDraft, listDraftFiles, toAppealFiles } from './appealDraft';
import { sendAppeal } from './appealsApi';

const PATH = '/appeals';

export async function deliverAppeal(accountId: string, input: AppealInput) {
  const { attachments: _attachments, ...body } = input;
  const sent = await sendAppeal(accountId, body, toAppealFiles(await listDraftFiles(input.draftId)));
  await dropAppealDraft(accountId, input.draftId);
  await dequeue(input.draftId); // a failed earlier try may still wait there
  return sent;
}

export function queueAppeal(accountId: string, input: AppealInput, reason: string): Promise<void> {
  return queueRequest({ id: input.draftId, accountId, path: PATH, body: input, reason });
}

registerOutboxSender(PATH, async (row) => {
  // Checked against the send time: the incident was in the past then and stays so.
  await deliverAppeal(row.accountId!, v.parse(appealInputSchema(Number.MAX_SAFE_INTEGER), row.body));
});

// What the wizard sends, apart from how it is confirmed (the SMS code or the signature): the draft's
// form answers, the way of receiving with its office or delivery address, links, and the files' hashes.
import { listAttachments } from '../../client/repos/attachmentsRepo';
import type { DraftRow } from '../../client/rows';
import type { Submission } from '../../domain/application';
import type { Service } from '../../domain/catalog/serviceSchema';
import { deliveryAddressOf } from '../../domain/delivery';
import { shortenFileName } from '../../domain/fileName';
import type { Values } from '../../ui/form/createForm';
import { formAnswers, RESULT_KEY, RESULT_OFFICE_KEY, VISIT_KEY } from './wizardSteps';

export type SubmissionContent = Omit<Submission, 'flowId' | 'code' | 'signature' | 'paymentId'>;

export async function submissionOf(service: Service, draft: DraftRow, values: Values): Promise<SubmissionContent> {
  const files = (await listAttachments(draft.id)).filter((row) => row.slot);
  return {
    draftId: draft.id,
    serviceId: service.id,
    answers: formAnswers(service, values),
    resultWay: values[RESULT_KEY] as Submission['resultWay'],
    ...(values[VISIT_KEY] ? { bookingId: String(values[VISIT_KEY]) } : {}),
    ...(values[RESULT_KEY] === 'office' && values[RESULT_OFFICE_KEY] ? { resultOfficeId: String(values[RESULT_OFFICE_KEY]) } : {}),
    ...(values[RESULT_KEY] === 'post' ? { deliveryAddress: deliveryAddressOf(values) as Record<string, string> } : {}),
    ...(draft.fixes ? { fixes: draft.fixes.caseId } : {}),
    // Names shortened as the server keeps them (files attached before names were shortened).
    attachments: files.map((row) => ({ slot: row.slot!, name: shortenFileName(row.name), sha256: row.sha256 })),
  };
}

// Calls of the application wizard: the signing code, the fee's paid invoice and the submission.
import { apiPost, apiRequest } from '../../client/api';
import { CodeTicketSchema } from '../../domain/account';
import { ApplicationViewSchema, type Submission } from '../../domain/application';
import { findService } from '../../domain/catalog/services';
import { listInvoices } from '../../client/paymentsApi';
import { feeFor } from '../../domain/paperFee';

export const requestSubmitCode = () => apiPost('/applications/code', {}, CodeTicketSchema);

/** The draft's paid fee invoice, if any: read from the server each time, never remembered. */
export async function paidFeeInvoice(draftId: string) {
  return (await listInvoices(draftId)).find((invoice) => invoice.kind === 'fee' && invoice.status === 'paid');
}

/**
 * Sends the application as multipart: the part «submission» (JSON) and «file:<slot>» per file. A fee
 * service's submission gets `paymentId` here, looked up at sending time (also for the outbox), so it
 * can never name a stale or another draft's invoice.
 */
export async function submitApplication(submission: Submission, files: { slot: string; blob: Blob; name: string }[]) {
  const service = findService(submission.serviceId);
  const fee = service && feeFor(service, { resultWay: submission.resultWay, region: String(submission.answers['region'] ?? '') });
  const paid = fee ? await paidFeeInvoice(submission.draftId) : undefined;
  const body = new FormData();
  body.set('submission', JSON.stringify(paid ? { ...submission, paymentId: paid.id } : submission));
  for (const file of files) body.set(`file:${file.slot}`, file.blob, file.name);
  return apiRequest('POST', '/applications', ApplicationViewSchema, { body });
}

// The contract between applications and the ledger: a service with a fee is sent only with a paid
// invoice of that account, for that service and that draft; once sent, the receipt names the application.
import { ApiError } from '../http';
import type { RequestContext } from '../router';
import type { CaseRow } from '../rows';
import { settleInvoice } from './charge';

/**
 * Throws unless `paymentId` is a paid fee invoice of this account for this service and draft: 402
 * `payment_required` (none given), 402 `payment_not_found` (unknown or another account's), 402
 * `payment_unpaid` (not paid yet, or its bank has not answered), 409 `payment_mismatch` (another
 * service or draft, or another amount: a paper fee paid for a region the application no longer names).
 */
export async function checkFeePayment(
  ctx: RequestContext,
  input: { accountId: string; serviceId: string; draftId: string; paymentId?: string | undefined; amountKopecks: number },
): Promise<void> {
  const data = { amountKopecks: input.amountKopecks };
  if (!input.paymentId) throw new ApiError(402, 'payment_required', 'Pay the state fee before sending', undefined, data);
  const row = await ctx.db.invoices.get(input.paymentId);
  if (!row || row.accountId !== input.accountId) throw new ApiError(402, 'payment_not_found', 'No such payment in your account', undefined, data);
  const { invoice } = await settleInvoice(ctx, row.id);
  if (
    invoice.kind !== 'fee' ||
    invoice.serviceId !== input.serviceId ||
    invoice.draftId !== input.draftId ||
    (invoice.status === 'paid' && invoice.amountKopecks !== input.amountKopecks)
  ) {
    throw new ApiError(409, 'payment_mismatch', 'This payment is for another application', undefined, data);
  }
  if (invoice.status !== 'paid') throw new ApiError(402, 'payment_unpaid', 'The state fee is not paid yet', undefined, data);
}

/** Writes the application's id and number on the receipt of the fee it was sent with. */
export async function linkPaymentToCase(
  ctx: RequestContext,
  row: Pick<CaseRow, 'id' | 'number' | 'accountId' | 'draftId'>,
  paymentId?: string,
): Promise<void> {
  if (!paymentId) return;
  await ctx.db.transaction('rw', ctx.db.receipts, ctx.db.changes, async () => {
    const receipts = await ctx.db.receipts.where('invoiceId').equals(paymentId).toArray();
    for (const receipt of receipts) {
      if (receipt.accountId !== row.accountId || receipt.draftId !== row.draftId || receipt.applicationId === row.id) continue;
      await ctx.db.receipts.update(receipt.id, { applicationId: row.id, applicationNumber: row.number });
      await ctx.recordChange('receipt', receipt.id, 'put', row.accountId);
    }
  });
}

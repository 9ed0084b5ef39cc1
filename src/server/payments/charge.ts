// The ledger's one write path for money: an attempt becomes the invoice's single charge, with its receipt
// and paid fines, in one transaction. IndexedDB runs read-write transactions on the same tables one at a
// time, so of two attempts racing for one invoice exactly one is charged; the other is cancelled.
import type { PaymentMethod } from '../../domain/payments/api';
import { commissionFor } from '../../domain/payments/commission';
import type { AccountRow } from '../rows';
import { ApiError } from '../http';
import type { RequestContext } from '../router';
import type { AttemptRow, InvoiceRow, ReceiptRow } from './rows';

const ledger = (ctx: RequestContext) => [ctx.db.invoices, ctx.db.attempts, ctx.db.receipts, ctx.db.fines, ctx.db.changes];

function digits(count: number): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(count)), (b) => String(b % 10)).join('');
}

function payerOf(account: AccountRow | undefined): ReceiptRow['payer'] {
  if (!account) return { name: '—', phone: '' };
  const { surname, name, patronymic } = account.person;
  const payer: ReceiptRow['payer'] = { name: [surname, name, patronymic].filter(Boolean).join(' '), phone: account.phone };
  if (account.profile?.inn) payer.inn = account.profile.inn;
  return payer;
}

export type ChargeResult = { invoice: InvoiceRow; receipt: ReceiptRow };

/**
 * Charges `attemptId` unless its invoice is paid already (409 `already_paid`, the attempt cancelled) or
 * one of its fines was paid meanwhile (409 `fine_already_paid`). Charging an attempt twice returns its
 * first charge, so a repeated confirmation is harmless.
 */
export async function chargeAttempt(ctx: RequestContext, attemptId: string): Promise<ChargeResult> {
  const first = await ctx.db.attempts.get(attemptId);
  const account = first ? await ctx.db.accounts.get(first.accountId) : undefined;
  const result = await ctx.db.transaction('rw', ledger(ctx), async (): Promise<ChargeResult | ApiError> => {
    const attempt = await ctx.db.attempts.get(attemptId);
    const invoice = attempt && (await ctx.db.invoices.get(attempt.invoiceId));
    if (!attempt || !invoice) return new ApiError(404, 'attempt_not_found', 'This payment attempt is unknown');
    if (attempt.status === 'paid' && invoice.receiptId) return { invoice, receipt: (await ctx.db.receipts.get(invoice.receiptId))! };
    if (attempt.status === 'failed' || attempt.status === 'cancelled') {
      if (invoice.status !== 'paid') return new ApiError(410, 'attempt_closed', 'This payment attempt is over; start a new one');
    }
    if (invoice.status === 'paid') {
      await ctx.db.attempts.update(attempt.id, { status: 'cancelled', failure: 'already_paid' });
      return new ApiError(409, 'already_paid', 'This invoice is already paid', undefined, { receiptId: invoice.receiptId ?? '' });
    }
    const fines = invoice.uins ? await ctx.db.fines.bulkGet(invoice.uins) : [];
    const paidFine = fines.find((f) => f?.paidAt !== undefined);
    if (paidFine) {
      await ctx.db.attempts.update(attempt.id, { status: 'failed', failure: 'fine_already_paid' });
      return new ApiError(409, 'fine_already_paid', 'A fine of this invoice is already paid', undefined, { uin: paidFine.uin });
    }
    const receipt = receiptFor(invoice, attempt, payerOf(account), ctx.now);
    const paid: InvoiceRow = { ...invoice, status: 'paid', paidAt: ctx.now, receiptId: receipt.id };
    await ctx.db.receipts.add(receipt);
    await ctx.db.invoices.put(paid);
    await ctx.db.attempts.update(attempt.id, { status: 'paid' });
    // Other open tries of this invoice (another tab's 3-D Secure, a terminal order) can never charge now.
    await ctx.db.attempts
      .where('invoiceId')
      .equals(invoice.id)
      .filter((a) => a.id !== attempt.id && (a.status === 'awaiting' || a.status === 'processing'))
      .modify({ status: 'cancelled', failure: 'already_paid' });
    for (const fine of fines) {
      if (fine) await ctx.db.fines.put({ ...fine, paidAt: ctx.now, invoiceId: invoice.id });
      if (fine) await ctx.recordChange('fine', fine.uin, 'put', invoice.accountId);
    }
    await ctx.recordChange('invoice', invoice.id, 'put', invoice.accountId);
    await ctx.recordChange('receipt', receipt.id, 'put', invoice.accountId);
    return { invoice: paid, receipt };
  });
  if (result instanceof ApiError) throw result;
  return result;
}

function receiptFor(invoice: InvoiceRow, attempt: AttemptRow, payer: ReceiptRow['payer'], now: number): ReceiptRow {
  const method: PaymentMethod = attempt.method;
  const receipt: ReceiptRow = {
    id: crypto.randomUUID(),
    accountId: invoice.accountId,
    invoiceId: invoice.id,
    attemptId: attempt.id,
    kind: invoice.kind,
    payer,
    payee: invoice.payee,
    purpose: invoice.purpose,
    amountKopecks: invoice.amountKopecks,
    commissionKopecks: commissionFor(method, invoice.amountKopecks),
    method,
    methodDetail: attempt.detail,
    paidAt: now,
    // Date + 12 random digits: unique enough for a simulation, readable on a receipt.
    transactionId: `${new Date(now).toISOString().slice(0, 10).replaceAll('-', '')}${digits(12)}`,
  };
  if (invoice.serviceId) receipt.serviceId = invoice.serviceId;
  if (invoice.draftId) receipt.draftId = invoice.draftId;
  if (invoice.uins) receipt.uins = invoice.uins;
  return receipt;
}

/** Why a confirmation of a closed attempt is refused: another payment won (409) or it is gone (404). */
export function closedAttemptError(attempt: AttemptRow | undefined): ApiError {
  return attempt?.failure === 'already_paid'
    ? new ApiError(409, 'already_paid', 'This invoice is already paid')
    : new ApiError(404, 'attempt_not_found', 'This payment is unknown or finished');
}

/** Marks an attempt failed with the error code the page explains; never touches a paid attempt. */
export async function failAttempt(ctx: RequestContext, attemptId: string, failure: string): Promise<void> {
  await ctx.db.transaction('rw', ctx.db.attempts, async () => {
    const attempt = await ctx.db.attempts.get(attemptId);
    if (attempt && attempt.status !== 'paid') await ctx.db.attempts.update(attemptId, { status: 'failed', failure });
  });
}

/**
 * Catch-up on read: a timed-out attempt whose bank answer is due now ends paid or failed, once.
 * Returns the invoice and its attempts as they stand after that.
 */
export async function settleInvoice(ctx: RequestContext, invoiceId: string): Promise<{ invoice: InvoiceRow; attempts: AttemptRow[] }> {
  const due = await ctx.db.attempts
    .where('invoiceId')
    .equals(invoiceId)
    .filter((a) => a.status === 'processing' && (a.settleAt ?? 0) <= ctx.now)
    .toArray();
  for (const attempt of due) {
    if (attempt.outcome === 'timeout_charged') await chargeAttempt(ctx, attempt.id).catch((e: unknown) => ignoreConflict(e));
    else await failAttempt(ctx, attempt.id, 'gateway_timeout');
  }
  const invoice = await ctx.db.invoices.get(invoiceId);
  if (!invoice) throw new ApiError(404, 'not_found', 'No such invoice');
  return { invoice, attempts: await ctx.db.attempts.where('invoiceId').equals(invoiceId).toArray() };
}

/** A settling charge that lost to another payment has nothing to report: the attempt is closed already. */
function ignoreConflict(error: unknown): void {
  if (!(error instanceof ApiError) || error.status !== 409) throw error;
}

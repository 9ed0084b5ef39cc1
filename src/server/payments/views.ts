// What the payments API shows of its rows: invoices with their live status, receipts with the archive
// flag. Both are computed on read from the simulated clock.
import { addMonths, moscowDate } from '../../domain/calendar';
import type { InvoiceView, ReceiptView } from '../../domain/payments/api';
import { commissionsFor } from '../../domain/payments/commission';
import type { AttemptRow, InvoiceRow, ReceiptRow } from './rows';

/** Receipts are kept for good; after five years they are flagged archived and listed only on request. */
export const RECEIPT_ARCHIVE_MONTHS = 60;

export function isArchived(paidAt: number, now: number): boolean {
  return moscowDate(paidAt) < addMonths(moscowDate(now), -RECEIPT_ARCHIVE_MONTHS);
}

export function invoiceView(row: InvoiceRow, attempts: readonly AttemptRow[]): InvoiceView {
  const processing = attempts.find((a) => a.status === 'processing');
  const view: InvoiceView = {
    id: row.id,
    kind: row.kind,
    status: row.status === 'paid' ? 'paid' : processing ? 'processing' : 'unpaid',
    purpose: row.purpose,
    payee: row.payee,
    baseAmountKopecks: row.baseAmountKopecks,
    discountKopecks: row.discountKopecks,
    amountKopecks: row.amountKopecks,
    createdAt: row.createdAt,
    commissions: commissionsFor(row.amountKopecks),
  };
  if (row.serviceId) view.serviceId = row.serviceId;
  if (row.draftId) view.draftId = row.draftId;
  if (row.uins) view.uins = row.uins;
  if (row.validUntil !== undefined) view.validUntil = row.validUntil;
  if (row.paidAt !== undefined) view.paidAt = row.paidAt;
  if (row.receiptId) view.receiptId = row.receiptId;
  if (processing?.settleAt !== undefined && row.status !== 'paid') view.retryAt = processing.settleAt;
  return view;
}

export function receiptView(row: ReceiptRow, now: number): ReceiptView {
  const { accountId: _account, attemptId: _attempt, draftId: _draft, ...shown } = row;
  return { ...shown, totalKopecks: row.amountKopecks + row.commissionKopecks, archived: isArchived(row.paidAt, now) };
}

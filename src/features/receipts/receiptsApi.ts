// The citizen's receipts and refunds. Lists and single receipts are the device's mirrors, filled by the
// change feed (they stay readable offline and after the server forgot them); only actions call the server.
import { apiPost } from '../../client/api';
import { currentAccount } from '../../client/sessionState';
import { listMirroredReceipts, readMirroredReceipt } from '../../client/repos/receiptsRepo';
import { storeRefund } from '../../client/repos/refundsRepo';
import { ReceiptEmailResultSchema, RefundViewSchema, type RefundView } from '../../domain/payments/api';
import type { ListedReceipt } from './receiptsQuery';

const id = (value: string) => encodeURIComponent(value);

/** The account's receipts on the device, newest first; those the server no longer has are marked. */
export const listReceipts = (accountId: string): Promise<ListedReceipt[]> => listMirroredReceipts(accountId);

/** One receipt on the device, or null. */
export async function readReceipt(accountId: string, receiptId: string): Promise<ListedReceipt | null> {
  return (await readMirroredReceipt(accountId, receiptId)) ?? null;
}

/** POST …/email → {sentTo}; without `to` the server sends it to the account's e-mail. */
export const emailReceipt = (receiptId: string, to?: string) =>
  apiPost(`/payments/receipts/${id(receiptId)}/email`, to ? { to } : {}, ReceiptEmailResultSchema);

/** Asks for a refund; the answer is mirrored at once (the feed brings the same row and later statuses). */
export async function requestRefund(paymentId: string, reason: RefundView['reason']): Promise<RefundView> {
  const refund = await apiPost('/payments/refunds', { paymentId, reason }, RefundViewSchema);
  const account = currentAccount();
  if (account) await storeRefund(account.id, refund);
  return refund;
}

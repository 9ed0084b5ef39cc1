// The citizen's calls about receipts and refunds. Every receipt list or receipt the server shows is also
// copied to the device mirror, so the export archive and an offline visit have them.
import { apiGet, apiPost, ApiRequestError } from '../../client/api';
import { fetchAllReceipts } from '../../client/allReceipts';
import { onChanges } from '../../client/changeFeed';
import { listMirroredReceipts, mirrorReceipts, readMirroredReceipt } from '../../client/repos/receiptsRepo';
import {
  ReceiptEmailResultSchema,
  ReceiptViewSchema,
  RefundListSchema,
  RefundViewSchema,
  type RefundView,
} from '../../domain/payments/api';
import { mergeWithMirror, type ListedReceipt } from './receiptsQuery';

const id = (value: string) => encodeURIComponent(value);
/** Failures where the server cannot answer at all; the device's copies stand in for it. */
const UNREACHABLE = new Set(['network', 'no_service_worker', 'outage', 'simulated_failure']);
const unreachable = (error: unknown) => error instanceof ApiRequestError && UNREACHABLE.has(error.code);


export interface LoadedReceipts {
  receipts: ListedReceipt[];
  /** The server could not be reached: everything shown comes from the device. */
  offline: boolean;
}

/** The server's receipts plus the device's copies of any it lost; only the device's when it is unreachable. */
export async function loadReceipts(accountId: string): Promise<LoadedReceipts> {
  try {
    const { receipts } = await fetchAllReceipts(accountId);
    return { receipts: mergeWithMirror(receipts, await listMirroredReceipts(accountId)), offline: false };
  } catch (error) {
    if (!unreachable(error)) throw error;
    return { receipts: mergeWithMirror([], await listMirroredReceipts(accountId)), offline: true };
  }
}

/** One receipt from the server, or the device's copy when the server does not have it or cannot answer. */
export async function loadReceipt(accountId: string, receiptId: string): Promise<ListedReceipt | null> {
  try {
    const receipt = await apiGet(`/payments/receipts/${id(receiptId)}`, ReceiptViewSchema);
    await mirrorReceipts(accountId, [receipt]);
    return receipt;
  } catch (error) {
    const gone = error instanceof ApiRequestError && error.status === 404;
    if (!gone && !unreachable(error)) throw error;
    const copy = await readMirroredReceipt(accountId, receiptId);
    return copy ? { ...copy, fromDevice: true } : null;
  }
}

/** Keeps the mirror in step with receipts changed elsewhere (a payment in another tab, a refund). */
export function followReceiptChanges(accountId: string): () => void {
  return onChanges('receipt', async (changes) => {
    for (const change of changes) {
      if (change.op !== 'put') continue;
      // Changes of other accounts on a shared stand answer 404 and are simply not mirrored.
      await loadReceipt(accountId, change.id).catch(() => undefined);
    }
  });
}

/** POST …/email → {sentTo}; without `to` the server sends it to the account's e-mail. */
export const emailReceipt = (receiptId: string, to?: string) =>
  apiPost(`/payments/receipts/${id(receiptId)}/email`, to ? { to } : {}, ReceiptEmailResultSchema);

export const requestRefund = (paymentId: string, reason: RefundView['reason']) => apiPost('/payments/refunds', { paymentId, reason }, RefundViewSchema);

export async function listRefunds(): Promise<RefundView[]> {
  return (await apiGet('/payments/refunds', RefundListSchema)).refunds;
}

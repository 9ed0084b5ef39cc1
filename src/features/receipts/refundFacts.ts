// What the refund rules need to know about one receipt, read from the device's mirrors (receipts,
// refunds, applications), so the receipt page offers «Вернуть деньги» only where the rules allow a
// refund, offline too. The server checks again on the request; a stale mirror only delays the offer.
import { readApplication } from '../../client/repos/applicationsRepo';
import { listMirroredReceipts } from '../../client/repos/receiptsRepo';
import { listRefunds } from '../../client/repos/refundsRepo';
import type { ReceiptView } from '../../domain/payments/api';
import type { RefundFacts, RefundPayment } from '../../domain/payments/refundRules';

const asPayment = (receipt: ReceiptView): RefundPayment => ({
  id: receipt.invoiceId,
  kind: receipt.kind,
  serviceId: receipt.serviceId,
  uins: receipt.uins,
});

export async function refundFacts(accountId: string, receipt: ReceiptView): Promise<RefundFacts> {
  const [receipts, refunds, application] = await Promise.all([
    listMirroredReceipts(accountId),
    listRefunds(accountId),
    receipt.applicationId ? readApplication(accountId, receipt.applicationId) : undefined,
  ]);
  // Every receipt is a paid payment; one refunded (or asked back) is no longer a twin of anything.
  const refunded = new Set([...refunds.map((r) => r.paymentId), ...receipts.filter((r) => r.refundId).map((r) => r.invoiceId)]);
  return {
    payment: asPayment(receipt),
    application: application && { status: application.status, reached: application.timeline.map((entry) => entry.status) },
    otherPaid: receipts.filter((r) => r.invoiceId !== receipt.invoiceId && !refunded.has(r.invoiceId)).map(asPayment),
  };
}

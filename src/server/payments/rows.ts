// Row shapes of the payments ledger in «okno-server»: invoices, gateway attempts, receipts, the fines
// registry and refunds. Receipts are never deleted; a card number is never stored, only its mask.
import type { LocalText } from '../../domain/catalog/localText';
import type { Payee, PaymentKind, PaymentMethod } from '../../domain/payments/api';
import type { GatewayOutcome } from '../../domain/payments/testCards';

export interface InvoiceRow {
  id: string;
  accountId: string;
  kind: PaymentKind;
  /** `processing` is never stored: it is read from the invoice's attempts. */
  status: 'unpaid' | 'paid';
  purpose: LocalText;
  payee: Payee;
  baseAmountKopecks: number;
  discountKopecks: number;
  amountKopecks: number;
  serviceId?: string;
  /** Fee invoices: the draft they pay for; one invoice per (account, draft). */
  draftId?: string;
  uins?: string[];
  validUntil?: number;
  createdAt: number;
  paidAt?: number;
  receiptId?: string;
}

/** A one-time code the gateway sent (3-D Secure, mobile balance). */
/** One try to pay an invoice with one method; at most one attempt of an invoice ever ends `paid`. */
export interface AttemptRow {
  id: string;
  invoiceId: string;
  accountId: string;
  method: PaymentMethod;
  /** awaiting: the citizen must confirm; processing: the bank has not answered (settles at settleAt). */
  status: 'awaiting' | 'processing' | 'paid' | 'failed' | 'cancelled';
  outcome: GatewayOutcome;
  /** What the receipt shows of the method: a masked card, a bank, a phone, an order number. */
  detail: string;
  createdAt: number;
  expiresAt: number;
  /** The phone a confirmation code goes to (card, mobile balance); the code lives in the code store under this attempt's id. */
  codeTo?: string;
  token?: string;
  orderNumber?: string;
  qrPayload?: string;
  settleAt?: number;
  failure?: string;
}

export interface ReceiptRow {
  id: string;
  accountId: string;
  invoiceId: string;
  attemptId: string;
  kind: PaymentKind;
  payer: { name: string; inn?: string; phone: string };
  payee: Payee;
  purpose: LocalText;
  amountKopecks: number;
  commissionKopecks: number;
  method: PaymentMethod;
  methodDetail: string;
  paidAt: number;
  transactionId: string;
  serviceId?: string;
  draftId?: string;
  applicationId?: string;
  applicationNumber?: string;
  uins?: string[];
  refundId?: string;
}

/** A fine in the simulated registry, generated on first look-up and kept so it stays the same. */
export interface FineRow {
  uin: string;
  licence?: string;
  vehicle?: string;
  article: string;
  offence: LocalText;
  amountKopecks: number;
  discountExcluded: boolean;
  rulingDate: string;
  place: string;
  paidAt?: number;
  invoiceId?: string;
}

export interface RefundRow {
  id: string;
  accountId: string;
  invoiceId: string;
  receiptId: string;
  reason: 'duplicate' | 'refused_before_processing';
  amountKopecks: number;
  requestedAt: number;
  /** When the status moves next (approval, then pay-back); gone once paid back. Settling logs the change then. */
  next?: number;
}

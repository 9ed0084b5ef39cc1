// The page's calls to the payments API: invoices, the gateway's steps, one receipt and the fines
// registry. Card data passes through `pay` once and is never kept by this module or its callers.
import * as v from 'valibot';
import { apiGet, apiPost } from './api';
import { CodeTicketSchema } from '../domain/account';
import {
  FineListSchema,
  InvoiceViewSchema,
  PayStepSchema,
  ReceiptViewSchema,
  type ConfirmRequest,
  type FineQuery,
  type InvoiceCreate,
  type PayRequest,
} from '../domain/payments/api';

const id = (value: string) => encodeURIComponent(value);

export const readInvoice = (invoiceId: string) => apiGet(`/payments/invoices/${id(invoiceId)}`, InvoiceViewSchema);
/** Idempotent: a fee invoice per draft, a fine invoice per set of unpaid fines and amount. */
export const createInvoice = (input: InvoiceCreate) => apiPost('/payments/invoices', input, InvoiceViewSchema);
export const listInvoices = (draftId?: string) => apiGet(`/payments/invoices${draftId ? `?draftId=${id(draftId)}` : ''}`, v.array(InvoiceViewSchema));

export const pay = (invoiceId: string, request: PayRequest) => apiPost(`/payments/invoices/${id(invoiceId)}/pay`, request, PayStepSchema);
export const confirmPayment = (invoiceId: string, request: ConfirmRequest) =>
  apiPost(`/payments/invoices/${id(invoiceId)}/confirm`, request, PayStepSchema);
export const resendPaymentCode = (invoiceId: string, attemptId: string) =>
  apiPost(`/payments/invoices/${id(invoiceId)}/resend`, { attemptId }, CodeTicketSchema);

export const readReceipt = (receiptId: string) => apiGet(`/payments/receipts/${id(receiptId)}`, ReceiptViewSchema);

export function findFines(query: FineQuery) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  return apiGet(`/fines?${params.toString()}`, FineListSchema);
}

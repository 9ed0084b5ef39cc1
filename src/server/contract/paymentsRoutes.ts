// The contract of invoices, the simulated payment gateway, receipts, refunds and the fines registry.
import * as v from 'valibot';
import { CodeTicketSchema } from '../../domain/account';
import {
  ConfirmRequestSchema,
  FineListSchema,
  InvoiceCreateSchema,
  InvoiceViewSchema,
  PayRequestSchema,
  PayStepSchema,
  ReceiptEmailResultSchema,
  ReceiptEmailSchema,
  ReceiptListSchema,
  ReceiptQuerySchema,
  ReceiptViewSchema,
  RefundListSchema,
  RefundRequestSchema,
  RefundViewSchema,
  ResendRequestSchema,
} from '../../domain/payments/api';
import { entry } from './entry';
import type { Contract } from './types';

const INVOICE = { id: 'inv-2f7a9c1e' };
const ORDER = { orderNumber: '4815162342108001' };
const TERMINAL_PAID = v.object({ invoice: InvoiceViewSchema, receipt: ReceiptViewSchema });
const TERMINAL_ERRORS = ['order_not_found', 'already_paid', 'attempt_closed', 'invoice_expired'];

export const PAYMENT_ROUTES: Contract = {
  'POST /api/payments/invoices': entry('payments', 'citizen', 'An invoice for a fee or for fines', 'Счёт на пошлину или штрафы', {
    body: InvoiceCreateSchema,
    ok: { status: 201, schema: InvoiceViewSchema },
    errors: ['no_fee', 'fine_not_found', 'fine_already_paid'],
    example: { body: { kind: 'fee', serviceId: 'passport', draftId: '6f1c2b9e-3d4a-4e5b-8c7d-1a2b3c4d5e6f' } },
  }),
  'GET /api/payments/invoices': entry(
    'payments',
    'citizen',
    "The citizen's invoices (optionally of one draft)",
    'Счета гражданина (можно по черновику)',
    {
      query: v.object({ draftId: v.optional(v.string()) }),
      ok: { status: 200, schema: v.array(InvoiceViewSchema) },
    },
  ),
  'GET /api/payments/invoices/:id': entry('payments', 'citizen', 'One invoice with its attempts', 'Один счёт с попытками оплаты', {
    ok: { status: 200, schema: InvoiceViewSchema },
    errors: ['not_found'],
    example: { params: INVOICE },
  }),
  'POST /api/payments/invoices/:id/pay': entry(
    'payments',
    'citizen',
    'Pay by card, e-wallet, online bank, terminal or phone',
    'Оплатить картой, кошельком, банком, в терминале, с телефона',
    {
      body: PayRequestSchema,
      ok: { status: 201, schema: PayStepSchema },
      errors: ['not_found', 'already_paid', 'invoice_expired', 'payment_processing', 'insufficient_funds', 'declined_by_bank', 'gateway_timeout'],
      example: {
        params: INVOICE,
        body: { method: 'card', card: { number: '4111 1111 1111 1111', expiry: '12/29', cvc: '123', holder: 'MARIA IVANOVA' } },
      },
    },
  ),
  'POST /api/payments/invoices/:id/confirm': entry(
    'payments',
    'citizen',
    'Confirm a payment with the 3-D Secure code or the bank page',
    'Подтвердить оплату кодом 3-D Secure или в банке',
    {
      body: ConfirmRequestSchema,
      ok: { status: 200, schema: PayStepSchema },
      errors: [
        'not_found',
        'attempt_not_found',
        'attempt_closed',
        'code_wrong',
        'code_expired',
        'code_attempts_exceeded',
        'bank_cancelled',
        'payment_mismatch',
      ],
      example: { params: INVOICE, body: { attemptId: 'att-7e1f0b2c', code: '123456' } },
    },
  ),
  'POST /api/payments/invoices/:id/resend': entry('payments', 'citizen', 'Send the 3-D Secure code again', 'Отправить код 3-D Secure ещё раз', {
    body: ResendRequestSchema,
    ok: { status: 200, schema: CodeTicketSchema },
    errors: ['not_found', 'attempt_not_found', 'attempt_closed', 'resend_too_soon'],
    example: { params: INVOICE, body: { attemptId: 'att-7e1f0b2c' } },
  }),
  'POST /api/_sim/payments/:orderNumber/paid': entry(
    'sim',
    'anyone',
    'Play the payment terminal: the order is paid',
    'Сыграть терминал: заказ оплачен',
    {
      ok: { status: 200, schema: TERMINAL_PAID },
      errors: TERMINAL_ERRORS,
      example: { params: ORDER, body: {} },
    },
  ),
  'POST /api/operator/payments/:orderNumber/paid': entry(
    'operator',
    'operator',
    'The office cashier takes the payment',
    'Кассир центра принимает оплату',
    {
      ok: { status: 200, schema: TERMINAL_PAID },
      errors: TERMINAL_ERRORS,
      example: { params: ORDER, body: {} },
    },
  ),
  'GET /api/payments/receipts': entry('payments', 'citizen', 'Receipts, filtered, with their sum', 'Квитанции с отбором и суммой', {
    query: ReceiptQuerySchema,
    ok: { status: 200, schema: ReceiptListSchema },
  }),
  'GET /api/payments/receipts/:id': entry('payments', 'citizen', 'One receipt', 'Одна квитанция', {
    ok: { status: 200, schema: ReceiptViewSchema },
    errors: ['not_found'],
    example: { params: { id: 'rcp-0c9d8e7f' } },
  }),
  'POST /api/payments/receipts/:id/email': entry(
    'payments',
    'citizen',
    'E-mail a receipt (to the account or another address)',
    'Отправить квитанцию на почту',
    {
      body: ReceiptEmailSchema,
      ok: { status: 202, schema: ReceiptEmailResultSchema },
      errors: ['not_found'],
      example: { params: { id: 'rcp-0c9d8e7f' }, body: {} },
    },
  ),
  'POST /api/payments/refunds': entry('payments', 'citizen', 'Ask for a refund of a payment', 'Заявление на возврат платежа', {
    body: RefundRequestSchema,
    ok: { status: 201, schema: RefundViewSchema },
    errors: ['payment_not_found', 'payment_unpaid', 'refund_exists', 'refund_not_allowed'],
    example: { body: { paymentId: 'inv-2f7a9c1e', reason: 'duplicate' } },
  }),
  'GET /api/payments/refunds': entry('payments', 'citizen', "The citizen's refunds", 'Возвраты гражданина', {
    ok: { status: 200, schema: RefundListSchema },
  }),
  'GET /api/fines': entry('payments', 'citizen', 'Fines by UIN, or by licence / vehicle certificate', 'Штрафы по УИН или по правам / СТС', {
    query: v.object({ uin: v.optional(v.string()), licence: v.optional(v.string()), vehicle: v.optional(v.string()) }),
    ok: { status: 200, schema: FineListSchema },
    errors: ['fine_not_found'],
    example: { query: { licence: '77АВ123456' } },
  }),
};

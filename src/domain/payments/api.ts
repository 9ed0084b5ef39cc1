// Contracts of the payments API (invoices, the simulated gateway, fines registry, receipts, refunds):
// every request body, query and answer the pages and the mock server share. Amounts are integer kopecks,
// times are simulated epoch ms, days are Moscow «YYYY-MM-DD». Field messages are validation codes.
import * as v from 'valibot';
import { CodeSchema, CodeTicketSchema } from '../account';
import { LocalTextSchema } from '../catalog/localText';
import { RESULT_WAYS } from '../catalog/kinds';
import { PAYMENT_KINDS } from './kinds';
import { EmailSchema, PhoneSchema } from '../identifiers';
import { CardSchema } from './card';
import { LicenceSchema, UinSchema, VehicleCertificateSchema } from './fineNumbers';

const IdSchema = v.pipe(v.string(), v.minLength(8), v.maxLength(64));
const KopecksSchema = v.pipe(v.number(), v.integer(), v.minValue(0));
const DaySchema = v.pipe(v.string(), v.isoDate());

export { LicenceSchema, normalizeDocumentNumber, UinSchema, VehicleCertificateSchema } from './fineNumbers';

// ---- Fines registry -------------------------------------------------------------------------------
/** GET /api/fines?uin=… (takes precedence) or ?licence=…&vehicle=… (either or both). */
export const FineByUinQuerySchema = v.object({ uin: UinSchema });
export const FineByDocumentQuerySchema = v.pipe(
  v.object({ licence: v.optional(LicenceSchema), vehicle: v.optional(VehicleCertificateSchema) }),
  v.check((q) => q.licence !== undefined || q.vehicle !== undefined, 'required'),
);
export const FineQuerySchema = v.union([FineByUinQuerySchema, FineByDocumentQuerySchema]);
export type FineQuery = v.InferOutput<typeof FineQuerySchema>;

export const FineViewSchema = v.object({
  uin: v.string(),
  /** Article of the Code of Administrative Offences, e.g. «12.9 ч.2». */
  article: v.string(),
  offence: LocalTextSchema,
  /** Day of the ruling; the discount window counts from it. */
  rulingDate: DaySchema,
  place: v.string(),
  licence: v.optional(v.string()),
  vehicle: v.optional(v.string()),
  amountKopecks: KopecksSchema,
  /** False for offences the law excludes from the early-payment discount. */
  discountEligible: v.boolean(),
  /** Last day (inclusive) the discount applies; absent when not eligible. */
  discountUntil: v.optional(DaySchema),
  /** What paying now costs (discounted while the window is open). */
  payableKopecks: KopecksSchema,
  status: v.picklist(['unpaid', 'paid']),
  paidAt: v.optional(v.number()),
  /** The paid invoice, for «open the receipt». */
  invoiceId: v.optional(v.string()),
});
export type FineView = v.InferOutput<typeof FineViewSchema>;
export const FineListSchema = v.object({ fines: v.array(FineViewSchema), asOf: v.number() });
export type FineList = v.InferOutput<typeof FineListSchema>;

// ---- Invoices -----------------------------------------------------------------------------------

/** Payee bank details, as printed on a receipt and carried by the payment QR (GOST R 56042). */
export const PayeeSchema = v.object({
  name: v.string(),
  inn: v.pipe(v.string(), v.regex(/^\d{10}$/)),
  kpp: v.pipe(v.string(), v.regex(/^\d{9}$/)),
  bankName: v.string(),
  bik: v.pipe(v.string(), v.regex(/^\d{9}$/)),
  /** Treasury account of the payee (казначейский счёт, 20 digits). */
  treasuryAccount: v.pipe(v.string(), v.regex(/^\d{20}$/)),
  /** Single treasury account of the bank (ЕКС, 20 digits). */
  bankAccount: v.pipe(v.string(), v.regex(/^\d{20}$/)),
  kbk: v.pipe(v.string(), v.regex(/^\d{20}$/)),
  oktmo: v.pipe(v.string(), v.regex(/^\d{8}$/)),
});
export type Payee = v.InferOutput<typeof PayeeSchema>;

export const InvoiceCreateSchema = v.variant('kind', [
  v.object({
    kind: v.literal('fee'),
    serviceId: v.pipe(v.string(), v.maxLength(60)),
    draftId: v.pipe(v.string(), v.uuid()),
    /** For a paper result's regional fee (paperFee.ts): the way chosen and the region of the address. */
    resultWay: v.optional(v.picklist(RESULT_WAYS)),
    region: v.optional(v.pipe(v.string(), v.maxLength(100))),
  }),
  v.object({ kind: v.literal('fine'), fineIds: v.pipe(v.array(UinSchema), v.minLength(1, 'required'), v.maxLength(20, 'too_long')) }),
]);
export type InvoiceCreate = v.InferOutput<typeof InvoiceCreateSchema>;

export { PAYMENT_KINDS, type PaymentKind } from './kinds';
export const INVOICE_STATUSES = ['unpaid', 'processing', 'paid'] as const;
export const PAYMENT_METHODS = ['card', 'ewallet', 'online_bank', 'terminal', 'mobile'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export const InvoiceViewSchema = v.object({
  id: v.string(),
  kind: v.picklist(PAYMENT_KINDS),
  /** unpaid: pay it; processing: the gateway has not answered yet (retry after `retryAt`); paid. */
  status: v.picklist(INVOICE_STATUSES),
  purpose: LocalTextSchema,
  payee: PayeeSchema,
  /** Before any discount; `amountKopecks` is what is due. */
  baseAmountKopecks: KopecksSchema,
  discountKopecks: KopecksSchema,
  amountKopecks: KopecksSchema,
  serviceId: v.optional(v.string()),
  draftId: v.optional(v.string()),
  uins: v.optional(v.array(v.string())),
  /** A fine invoice's amount holds through this moment (end of the discount day); then make a new one. */
  validUntil: v.optional(v.number()),
  createdAt: v.number(),
  paidAt: v.optional(v.number()),
  receiptId: v.optional(v.string()),
  retryAt: v.optional(v.number()),
  /** Commission per method for this amount, for the method picker. */
  commissions: v.record(v.picklist(PAYMENT_METHODS), KopecksSchema),
});
export type InvoiceView = v.InferOutput<typeof InvoiceViewSchema>;

// ---- The gateway --------------------------------------------------------------------------------

export const ONLINE_BANKS = ['sber', 'tbank', 'vtb', 'alfa', 'gazprombank'] as const;

export const PayRequestSchema = v.variant('method', [
  v.object({ method: v.literal('card'), card: CardSchema }),
  v.object({ method: v.literal('ewallet'), wallet: v.union([PhoneSchema, EmailSchema], 'wallet_format') }),
  v.object({ method: v.literal('online_bank'), bank: v.picklist(ONLINE_BANKS, 'required') }),
  v.object({ method: v.literal('terminal') }),
  v.object({ method: v.literal('mobile'), phone: PhoneSchema }),
]);
export type PayRequest = v.InferOutput<typeof PayRequestSchema>;

export const ReceiptViewSchema = v.object({
  id: v.string(),
  invoiceId: v.string(),
  kind: v.picklist(PAYMENT_KINDS),
  payer: v.object({ name: v.string(), inn: v.optional(v.string()), phone: v.string() }),
  payee: PayeeSchema,
  purpose: LocalTextSchema,
  amountKopecks: KopecksSchema,
  commissionKopecks: KopecksSchema,
  totalKopecks: KopecksSchema,
  method: v.picklist(PAYMENT_METHODS),
  /** «Visa •••• 1111», «Сбербанк Онлайн», «+7 912 ***-**-89», order number… */
  methodDetail: v.string(),
  paidAt: v.number(),
  transactionId: v.string(),
  serviceId: v.optional(v.string()),
  applicationId: v.optional(v.string()),
  applicationNumber: v.optional(v.string()),
  uins: v.optional(v.array(v.string())),
  /** Older than five years on the simulated clock: kept, listed only on request. */
  archived: v.boolean(),
  refundId: v.optional(v.string()),
});
export type ReceiptView = v.InferOutput<typeof ReceiptViewSchema>;

/** What pay / confirm answer: the next step the page shows, or the finished payment. */
export const PayStepSchema = v.variant('step', [
  /** 3-D Secure (card) or mobile balance: a code went by SMS; confirm with {attemptId, code}. */
  v.object({ step: v.literal('code'), attemptId: v.string(), ticket: CodeTicketSchema }),
  /** Online bank: show the bank's confirmation screen, then confirm with {attemptId, token, approve}. */
  v.object({ step: v.literal('redirect'), attemptId: v.string(), bank: v.picklist(ONLINE_BANKS), token: v.string(), expiresAt: v.number() }),
  /** Terminal: pay by order number or QR; the invoice turns paid when the terminal reports it. */
  v.object({ step: v.literal('terminal'), attemptId: v.string(), orderNumber: v.string(), qrPayload: v.string(), expiresAt: v.number() }),
  v.object({ step: v.literal('done'), invoice: InvoiceViewSchema, receipt: ReceiptViewSchema }),
]);
export type PayStep = v.InferOutput<typeof PayStepSchema>;

export const ConfirmRequestSchema = v.union([
  v.object({ attemptId: IdSchema, code: CodeSchema }),
  v.object({ attemptId: IdSchema, token: IdSchema, approve: v.boolean() }),
]);
export type ConfirmRequest = v.InferOutput<typeof ConfirmRequestSchema>;
export const ResendRequestSchema = v.object({ attemptId: IdSchema });

// ---- Receipts -----------------------------------------------------------------------------------

const QueryInt = v.pipe(v.string(), v.regex(/^\d{1,12}$/), v.transform(Number));
/** GET /api/payments/receipts query; from/to are inclusive Moscow days, min/max kopecks. */
export const ReceiptQuerySchema = v.object({
  from: v.optional(DaySchema),
  to: v.optional(DaySchema),
  kind: v.optional(v.picklist(PAYMENT_KINDS)),
  service: v.optional(v.pipe(v.string(), v.maxLength(60))),
  min: v.optional(QueryInt),
  max: v.optional(QueryInt),
  /** '1' lists archived receipts too. */
  archived: v.optional(v.picklist(['0', '1'])),
});
export type ReceiptQuery = v.InferOutput<typeof ReceiptQuerySchema>;
export const ReceiptListSchema = v.object({ receipts: v.array(ReceiptViewSchema), sumKopecks: KopecksSchema, count: v.number(), asOf: v.number() });
export type ReceiptList = v.InferOutput<typeof ReceiptListSchema>;
/** POST /api/payments/receipts/:id/email; without `to` it goes to the account's e-mail. */
export const ReceiptEmailSchema = v.object({ to: v.optional(EmailSchema) });
export const ReceiptEmailResultSchema = v.object({ sentTo: v.string() }); // 202

// ---- Refunds: the schemas live beside the refund machine (refunds.ts) -----------------------------
export { REFUND_REASONS, REFUND_STATUSES, RefundListSchema, RefundRequestSchema, RefundViewSchema, type RefundView } from './refunds';

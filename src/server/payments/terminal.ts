// Paying at a terminal or a bank counter: an order number and a GOST R 56042 payment QR, paid when the
// terminal reports it — simulated by the demo page / QA (`/api/_sim/…`) or by the operator console.
import type { InvoiceRow } from './rows';
import { audit, requireOperator } from '../operator';
import { ApiError, json } from '../http';
import type { Handler, RequestContext } from '../router';
import { chargeAttempt } from './charge';
import { receiptView, invoiceView } from './views';

/** A terminal order stays payable this long unless the invoice's own amount expires sooner (simulated ms). */
export const TERMINAL_ORDER_TTL_MS = 30 * 86_400_000;

/** 16 digits, the first never 0, unique among attempts (the &orderNumber index). */
export async function newOrderNumber(ctx: RequestContext): Promise<string> {
  for (;;) {
    const random = Array.from(crypto.getRandomValues(new Uint8Array(15)), (b) => String(b % 10)).join('');
    const number = `${1 + (random.charCodeAt(0) % 9)}${random}`;
    if (!(await ctx.db.attempts.where('orderNumber').equals(number).count())) return number;
  }
}

const clean = (text: string) => text.replaceAll('|', '/');

/** The «ST00012» payment string banks' apps and terminals read from a QR (GOST R 56042-2014). */
export function paymentQr(invoice: InvoiceRow, orderNumber: string): string {
  const p = invoice.payee;
  const fields = [
    ['Name', p.name],
    ['PersonalAcc', p.treasuryAccount],
    ['BankName', p.bankName],
    ['BIC', p.bik],
    ['CorrespAcc', p.bankAccount],
    ['PayeeINN', p.inn],
    ['KPP', p.kpp],
    ['CBC', p.kbk],
    ['OKTMO', p.oktmo],
    ['Sum', String(invoice.amountKopecks)],
    ['Purpose', invoice.purpose.ru],
    ['DocIdx', orderNumber],
  ];
  if (invoice.uins?.length === 1) fields.push(['UIN', invoice.uins[0]!]);
  return ['ST00012', ...fields.map(([key, value]) => `${key}=${clean(value!)}`)].join('|');
}

async function markPaid(ctx: RequestContext): Promise<Response> {
  const attempt = await ctx.db.attempts
    .where('orderNumber')
    .equals(ctx.params.orderNumber ?? '')
    .first();
  if (!attempt) throw new ApiError(404, 'order_not_found', 'No payment order with this number');
  if (attempt.status === 'awaiting' && ctx.now > attempt.expiresAt) throw new ApiError(410, 'attempt_closed', 'This payment order has expired');
  const { invoice, receipt } = await chargeAttempt(ctx, attempt.id);
  const attempts = await ctx.db.attempts.where('invoiceId').equals(invoice.id).toArray();
  return json({ invoice: invoiceView(invoice, attempts), receipt: receiptView(receipt, ctx.now) });
}

/** POST /api/_sim/payments/:orderNumber/paid — the demo page or a test plays the terminal. */
export const postSimTerminalPaid: Handler = markPaid;

/** POST /api/operator/payments/:orderNumber/paid — the operator console confirms a counter payment. */
export const postOperatorTerminalPaid: Handler = async (ctx) => {
  await requireOperator(ctx);
  const answer = await markPaid(ctx);
  await audit(ctx, { action: 'terminal_paid', detail: ctx.params.orderNumber });
  return answer;
};

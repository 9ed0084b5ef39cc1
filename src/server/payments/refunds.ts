// Refunds of a payment made twice for the same purpose, or of a fee whose application was refused before
// the department started on it. Status moves on the working-day calendar and is computed on read.
import { RefundRequestSchema, type RefundView } from '../../domain/payments/api';
import { refundRefusal, type RefundRefusal } from '../../domain/payments/refundRules';
import { refundNextAt, refundSchedule, refundStatus } from '../../domain/payments/refunds';
import { randomId } from '../auth/codes';
import { requireAccount } from '../auth/sessions';
import { ApiError, json, readJson } from '../http';
import type { Handler, RequestContext } from '../router';
import type { InvoiceRow, RefundRow } from './rows';

export function refundView(row: RefundRow, now: number): RefundView {
  const { accountId: _account, invoiceId, next: _next, ...rest } = row;
  return { ...rest, paymentId: invoiceId, status: refundStatus(row.requestedAt, now), ...refundSchedule(row.requestedAt) };
}

/** Why a refund is refused, or null when the rules (shared with the receipt page) allow it. */
async function refusal(ctx: RequestContext, invoice: InvoiceRow, reason: RefundRow['reason']): Promise<RefundRefusal | null> {
  const used = invoice.draftId ? await ctx.db.cases.where('draftId').equals(invoice.draftId).first() : undefined;
  const refunded = new Set((await ctx.db.refunds.where('accountId').equals(invoice.accountId).toArray()).map((r) => r.invoiceId));
  const others = await ctx.db.invoices.where('accountId').equals(invoice.accountId).toArray();
  // The router has brought the case up to now before this handler ran.
  const application = used && used.accountId === invoice.accountId ? { status: used.status, reached: used.timeline.map((t) => t.status) } : undefined;
  const otherPaid = others.filter((o) => o.id !== invoice.id && o.status === 'paid' && !refunded.has(o.id));
  return refundRefusal({ payment: invoice, application, otherPaid }, reason);
}

/** POST /api/payments/refunds {paymentId, reason} → 201 RefundView; 422 `refund_not_allowed` {why}, 409 `refund_exists`. */
export const postRefund: Handler = async (ctx) => {
  const { account } = await requireAccount(ctx);
  const { paymentId, reason } = await readJson(ctx.request, RefundRequestSchema);
  const invoice = await ctx.db.invoices.get(paymentId);
  if (!invoice || invoice.accountId !== account.id) throw new ApiError(404, 'payment_not_found', 'No such payment in your account');
  if (invoice.status !== 'paid' || !invoice.receiptId)
    throw new ApiError(422, 'refund_not_allowed', 'Only a paid payment can be refunded', undefined, { why: 'not_paid' });
  const why = await refusal(ctx, invoice, reason);
  if (why) throw new ApiError(422, 'refund_not_allowed', 'The refund rules do not allow this refund', undefined, { why });
  const row: RefundRow = {
    id: randomId(),
    accountId: account.id,
    invoiceId: invoice.id,
    receiptId: invoice.receiptId,
    reason,
    amountKopecks: invoice.amountKopecks,
    requestedAt: ctx.now,
  };
  const next = refundNextAt(row.requestedAt, ctx.now);
  if (next !== undefined) row.next = next;
  await ctx.db.transaction('rw', ctx.db.refunds, ctx.db.receipts, ctx.db.changes, async () => {
    if (await ctx.db.refunds.where('invoiceId').equals(invoice.id).count())
      throw new ApiError(409, 'refund_exists', 'A refund of this payment is already requested');
    await ctx.db.refunds.add(row);
    await ctx.db.receipts.update(row.receiptId, { refundId: row.id });
    await ctx.recordChange('refund', row.id, 'put', row.accountId);
    await ctx.recordChange('receipt', row.receiptId, 'put', row.accountId);
  });
  return json(refundView(row, ctx.now), 201);
};

/** GET /api/payments/refunds → {refunds, asOf}, newest first, each with its status at the simulated now. */
export const getRefunds: Handler = async (ctx) => {
  const { account } = await requireAccount(ctx);
  const rows = await ctx.db.refunds.where('accountId').equals(account.id).toArray();
  rows.sort((a, b) => b.requestedAt - a.requestedAt);
  return json({ refunds: rows.map((r) => refundView(r, ctx.now)), asOf: ctx.now });
};

/**
 * Router step: a refund's status is computed on read, but the device only learns of it through the
 * change feed, so each refund whose status moved by now logs a change (cheap when none is due).
 */
export async function settleDueRefunds(ctx: RequestContext): Promise<void> {
  if ((await ctx.db.refunds.where('next').belowOrEqual(ctx.now).limit(1).count()) === 0) return;
  await ctx.db.transaction('rw', ctx.db.refunds, ctx.db.changes, async () => {
    for (const row of await ctx.db.refunds.where('next').belowOrEqual(ctx.now).toArray()) {
      const next = refundNextAt(row.requestedAt, ctx.now);
      if (next === undefined)
        await ctx.db.refunds
          .where('id')
          .equals(row.id)
          .modify((r) => void delete r.next);
      else await ctx.db.refunds.update(row.id, { next });
      await ctx.recordChange('refund', row.id, 'put', row.accountId);
    }
  });
}

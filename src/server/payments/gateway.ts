// The simulated payment gateway: starts an attempt with a method, asks for its confirmation (3-D Secure
// or SMS code, the bank's screen, a terminal), and plays the outcome the test data names. It never
// charges twice: every charge goes through chargeAttempt, which lets one attempt per invoice win.
import * as v from 'valibot';
import { CODE_TTL_MS, maskPhone } from '../../domain/account';
import { ConfirmRequestSchema, PayRequestSchema, ResendRequestSchema, type PayRequest, type PayStep } from '../../domain/payments/api';
import { formatMoney } from '../../domain/money';
import { formatPhone } from '../../domain/identifiers';
import { createCardSchema, maskCard } from '../../domain/payments/card';
import { cardOutcome, GATEWAY_SETTLE_MS, TEST_PHONE_NO_FUNDS, TEST_WALLET_NO_FUNDS } from '../../domain/payments/testCards';
import { issueCode, randomId, resendCode, verifyCode } from '../auth/codes';
import { requireAccount } from '../auth/sessions';
import { ApiError, issuesToFields, json, readJson } from '../http';
import type { Handler, RequestContext } from '../router';
import type { AccountRow } from '../rows';
import { chargeAttempt, closedAttemptError, failAttempt } from './charge';
import { ownInvoice } from './invoices';
import type { AttemptRow, InvoiceRow } from './rows';
import { newOrderNumber, paymentQr, TERMINAL_ORDER_TTL_MS } from './terminal';
import { invoiceView, receiptView } from './views';

const BANKS = { sber: 'СберБанк Онлайн', tbank: 'Т-Банк', vtb: 'ВТБ Онлайн', alfa: 'Альфа-Онлайн', gazprombank: 'Газпромбанк' };
/** How long the online bank's confirmation screen waits (simulated ms). */
const BANK_CONFIRM_TTL_MS = 15 * 60_000;

async function newAttempt(ctx: RequestContext, account: AccountRow, invoice: InvoiceRow, pay: PayRequest): Promise<AttemptRow> {
  const base = { id: randomId(), invoiceId: invoice.id, accountId: account.id, method: pay.method, status: 'awaiting' as const, createdAt: ctx.now };
  switch (pay.method) {
    case 'card': {
      const checked = v.safeParse(createCardSchema(ctx.now), pay.card);
      if (!checked.success) {
        const fields = Object.fromEntries(Object.entries(issuesToFields(checked.issues)).map(([k, m]) => [`card.${k}`, m]));
        throw new ApiError(422, 'validation', 'The card has invalid fields', fields);
      }
      return {
        ...base,
        outcome: cardOutcome(pay.card.number),
        detail: maskCard(pay.card.number),
        codeTo: account.phone,
        expiresAt: ctx.now + CODE_TTL_MS,
      };
    }
    case 'mobile': {
      const outcome = pay.phone === TEST_PHONE_NO_FUNDS ? 'insufficient_funds' : 'success';
      return { ...base, outcome, detail: maskPhone(pay.phone), codeTo: pay.phone, expiresAt: ctx.now + CODE_TTL_MS };
    }
    case 'online_bank':
      return { ...base, outcome: 'success', detail: BANKS[pay.bank], token: randomId(), expiresAt: ctx.now + BANK_CONFIRM_TTL_MS };
    case 'terminal': {
      const orderNumber = await newOrderNumber(ctx);
      const expiresAt = Math.min(invoice.validUntil ?? Infinity, ctx.now + TERMINAL_ORDER_TTL_MS);
      return {
        ...base,
        outcome: 'success',
        detail: `Терминал, заказ ${orderNumber}`,
        orderNumber,
        qrPayload: paymentQr(invoice, orderNumber),
        expiresAt,
      };
    }
    case 'ewallet':
      return {
        ...base,
        outcome: pay.wallet === TEST_WALLET_NO_FUNDS ? 'insufficient_funds' : 'success',
        detail: `Кошелёк ${formatPhone(pay.wallet)}`,
        expiresAt: ctx.now + CODE_TTL_MS,
      };
  }
}

/** Refuses to start paying an invoice that is paid, waiting for its bank, or whose amount has expired. */
function ensurePayable(invoice: InvoiceRow, attempts: readonly AttemptRow[], now: number): void {
  if (invoice.status === 'paid')
    throw new ApiError(409, 'already_paid', 'This invoice is already paid', undefined, { receiptId: invoice.receiptId ?? '' });
  const processing = attempts.find((a) => a.status === 'processing');
  if (processing)
    throw new ApiError(409, 'payment_processing', 'The bank has not answered yet; try again later', undefined, {
      retryAt: processing.settleAt ?? now,
    });
  if (invoice.validUntil !== undefined && now >= invoice.validUntil)
    throw new ApiError(409, 'invoice_expired', 'The amount has changed; create a new invoice');
}

/** Plays the gateway's answer for a confirmed attempt: the charge, a decline, or a timeout. */
async function finish(ctx: RequestContext, attempt: AttemptRow): Promise<Response> {
  switch (attempt.status === 'paid' ? 'success' : attempt.outcome) {
    case 'success': {
      // Charging a paid attempt again hands back its first charge: a repeated confirm is harmless.
      const { invoice, receipt } = await chargeAttempt(ctx, attempt.id);
      const attempts = await ctx.db.attempts.where('invoiceId').equals(invoice.id).toArray();
      const done: PayStep = { step: 'done', invoice: invoiceView(invoice, attempts), receipt: receiptView(receipt, ctx.now) };
      return json(done);
    }
    case 'insufficient_funds':
    case 'declined_by_bank':
      await failAttempt(ctx, attempt.id, attempt.outcome);
      throw new ApiError(
        402,
        attempt.outcome,
        attempt.outcome === 'insufficient_funds' ? 'Not enough money on the account' : 'The bank declined the payment',
      );
    default: {
      const settleAt = ctx.now + GATEWAY_SETTLE_MS;
      await ctx.db.attempts.update(attempt.id, { status: 'processing', settleAt });
      throw new ApiError(504, 'gateway_timeout', 'The bank did not answer in time; the payment will be settled shortly', undefined, {
        attemptId: attempt.id,
        retryAt: settleAt,
      });
    }
  }
}

/** POST /api/payments/invoices/:id/pay {method…} → the next step (201), or `done` for an e-wallet. */
export const postPay: Handler = async (ctx) => {
  const { account } = await requireAccount(ctx);
  const { invoice, attempts } = await ownInvoice(ctx, account.id);
  const pay = await readJson(ctx.request, PayRequestSchema);
  ensurePayable(invoice, attempts, ctx.now);
  const attempt = await newAttempt(ctx, account, invoice, pay);
  await ctx.db.transaction('rw', ctx.db.invoices, ctx.db.attempts, async () => {
    // Re-read inside the transaction: a charge or timeout that landed since must stop this attempt.
    const fresh = (await ctx.db.invoices.get(invoice.id))!;
    ensurePayable(fresh, await ctx.db.attempts.where('invoiceId').equals(invoice.id).toArray(), ctx.now);
    await ctx.db.attempts.add(attempt);
  });
  if (attempt.codeTo) {
    const ticket = await issueCode(ctx, {
      id: attempt.id,
      purpose: attempt.method === 'card' ? 'payment_card' : 'payment_mobile',
      channel: 'sms',
      target: attempt.codeTo,
      accountId: account.id,
      values: { amount: formatMoney(invoice.amountKopecks), card: attempt.detail },
    });
    return json({ step: 'code', attemptId: attempt.id, ticket } satisfies PayStep, 201);
  }
  if (attempt.token)
    return json(
      {
        step: 'redirect',
        attemptId: attempt.id,
        bank: (pay as { bank: keyof typeof BANKS }).bank,
        token: attempt.token,
        expiresAt: attempt.expiresAt,
      } satisfies PayStep,
      201,
    );
  if (attempt.orderNumber)
    return json(
      {
        step: 'terminal',
        attemptId: attempt.id,
        orderNumber: attempt.orderNumber,
        qrPayload: attempt.qrPayload!,
        expiresAt: attempt.expiresAt,
      } satisfies PayStep,
      201,
    );
  return finish(ctx, attempt);
};

async function ownAttempt(ctx: RequestContext, accountId: string, attemptId: string): Promise<{ attempt: AttemptRow; invoice: InvoiceRow }> {
  const { invoice } = await ownInvoice(ctx, accountId);
  const attempt = await ctx.db.attempts.get(attemptId);
  if (!attempt || attempt.invoiceId !== invoice.id) throw new ApiError(404, 'attempt_not_found', 'This payment attempt is unknown');
  return { attempt, invoice };
}

/** POST /api/payments/invoices/:id/confirm {attemptId, code} or {attemptId, token, approve}. */
export const postConfirm: Handler = async (ctx) => {
  const { account } = await requireAccount(ctx);
  const body = await readJson(ctx.request, ConfirmRequestSchema);
  const { attempt, invoice } = await ownAttempt(ctx, account.id, body.attemptId);
  if (invoice.status === 'paid' && attempt.status !== 'paid')
    throw new ApiError(409, 'already_paid', 'This invoice is already paid', undefined, { receiptId: invoice.receiptId ?? '' });
  if (attempt.status === 'paid') return finish(ctx, attempt);
  if ('code' in body) {
    if (!attempt.codeTo || attempt.status !== 'awaiting') throw closedAttemptError(attempt);
    await verifyCode(ctx, attempt.id, body.code, attempt.method === 'card' ? 'payment_card' : 'payment_mobile');
    return finish(ctx, attempt);
  }
  if (attempt.token !== body.token) throw new ApiError(404, 'attempt_not_found', 'This confirmation is unknown or finished');
  if (attempt.status !== 'awaiting') throw closedAttemptError(attempt);
  if (ctx.now > attempt.expiresAt) throw new ApiError(410, 'attempt_closed', 'The bank confirmation has expired; start again');
  if (!body.approve) {
    await failAttempt(ctx, attempt.id, 'bank_cancelled');
    throw new ApiError(402, 'bank_cancelled', 'The payment was cancelled in the bank');
  }
  return finish(ctx, attempt);
};

/** POST /api/payments/invoices/:id/resend {attemptId}: a new code for a waiting card or mobile payment. */
export const postResend: Handler = async (ctx) => {
  const { account } = await requireAccount(ctx);
  const { attemptId } = await readJson(ctx.request, ResendRequestSchema);
  const { attempt } = await ownAttempt(ctx, account.id, attemptId);
  if (!attempt.codeTo || attempt.status !== 'awaiting') throw new ApiError(404, 'attempt_not_found', 'This payment is unknown or finished');
  const ticket = await resendCode(ctx, attempt.id, 'payment');
  await ctx.db.attempts.update(attempt.id, { expiresAt: ticket.expiresAt });
  return json(ticket);
};

// Invoices: what is to be paid, to whom and for what. A fee invoice is idempotent per (account, draft);
// a fine invoice fixes its discounted amount until the end of the discount day.
import { SERVICES } from '../../domain/catalog/services';
import { feeFor } from '../../domain/paperFee';
import { sumKopecks } from '../../domain/money';
import { InvoiceCreateSchema, type InvoiceCreate } from '../../domain/payments/api';
import { articleText, discountEndsAt, discountApplies, finePayable } from '../../domain/payments/fines';
import { randomId } from '../auth/codes';
import { requireAccount } from '../auth/sessions';
import { ApiError, json, readJson } from '../http';
import type { Handler, RequestContext } from '../router';
import { settleInvoice } from './charge';
import { findFines } from './fineRegistry';
import { feePayee, FINES_PAYEE } from './payees';
import type { InvoiceRow } from './rows';
import { invoiceView } from './views';

function feeInvoice(ctx: RequestContext, accountId: string, input: Extract<InvoiceCreate, { kind: 'fee' }>): InvoiceRow {
  const service = SERVICES.find((s) => s.id === input.serviceId);
  if (!service) throw new ApiError(404, 'not_found', 'No such service');
  const fee = feeFor(service, input);
  if (!fee) throw new ApiError(422, 'no_fee', 'This service has no state fee for this way and region');
  const amount = fee.amountKopecks;
  return {
    id: randomId(),
    accountId,
    kind: 'fee',
    status: 'unpaid',
    purpose: fee.purpose,
    payee: feePayee(service.id),
    baseAmountKopecks: amount,
    discountKopecks: 0,
    amountKopecks: amount,
    serviceId: service.id,
    draftId: input.draftId,
    createdAt: ctx.now,
  };
}

async function fineInvoice(ctx: RequestContext, accountId: string, uins: string[]): Promise<InvoiceRow> {
  const unique = [...new Set(uins)].sort();
  const fines = await findFines(ctx, { uins: unique });
  const paid = fines.find((f) => f.paidAt !== undefined);
  if (paid) throw new ApiError(409, 'fine_already_paid', 'This fine is already paid', undefined, { uin: paid.uin });
  const base = sumKopecks(fines.map((f) => f.amountKopecks));
  const amount = sumKopecks(fines.map((f) => finePayable(f, ctx.now)));
  // The amount holds until the first discount among them ends; after that a new invoice is needed.
  const ends = fines.filter((f) => discountApplies(f, ctx.now)).map((f) => discountEndsAt(f.rulingDate));
  const list = (language: 'ru' | 'en') => fines.map((f) => `${f.uin} (${articleText(f.article, language)})`).join(', ');
  const row: InvoiceRow = {
    id: randomId(),
    accountId,
    kind: 'fine',
    status: 'unpaid',
    payee: FINES_PAYEE,
    purpose: { ru: `Оплата штрафа по постановлению ${list('ru')}`, en: `Payment of the fine under ruling ${list('en')}` },
    baseAmountKopecks: base,
    discountKopecks: base - amount,
    amountKopecks: amount,
    uins: unique,
    createdAt: ctx.now,
  };
  if (ends.length) row.validUntil = Math.min(...ends);
  return row;
}

/** POST /api/payments/invoices: 201 with a new invoice, 200 with the existing one for the same draft/fines. */
export const postInvoice: Handler = async (ctx) => {
  const { account } = await requireAccount(ctx);
  const input = await readJson(ctx.request, InvoiceCreateSchema);
  const row = input.kind === 'fee' ? feeInvoice(ctx, account.id, input) : await fineInvoice(ctx, account.id, input.fineIds);
  const stored = await ctx.db.transaction('rw', ctx.db.invoices, ctx.db.changes, async () => {
    const same = row.draftId
      ? await ctx.db.invoices.where('[accountId+draftId]').equals([account.id, row.draftId]).first()
      : await ctx.db.invoices
          .where('accountId')
          .equals(account.id)
          .filter(
            (i) =>
              i.kind === 'fine' &&
              i.status === 'unpaid' &&
              (i.validUntil ?? Infinity) > ctx.now &&
              i.amountKopecks === row.amountKopecks &&
              i.uins?.join() === row.uins?.join(),
          )
          .first();
    if (same) {
      if (same.serviceId !== row.serviceId) throw new ApiError(409, 'payment_mismatch', 'This draft already has an invoice for another service');
      // The citizen changed the region or the way of a paper result: an unpaid invoice follows the new fee.
      if (same.status === 'unpaid' && same.amountKopecks !== row.amountKopecks) {
        const { amountKopecks, baseAmountKopecks, purpose } = row;
        await ctx.db.invoices.update(same.id, { amountKopecks, baseAmountKopecks, purpose });
        await ctx.recordChange('invoice', same.id, 'put', same.accountId);
        return { ...same, amountKopecks, baseAmountKopecks, purpose };
      }
      return same;
    }
    await ctx.db.invoices.add(row);
    await ctx.recordChange('invoice', row.id, 'put', row.accountId);
    return row;
  });
  const { invoice, attempts } = await settleInvoice(ctx, stored.id);
  return json(invoiceView(invoice, attempts), stored === row ? 201 : 200);
};

/** The citizen's own invoice, its timed-out attempts settled; 404 for anyone else's. */
export async function ownInvoice(ctx: RequestContext, accountId: string) {
  const row = await ctx.db.invoices.get(ctx.params.id ?? '');
  if (!row || row.accountId !== accountId) throw new ApiError(404, 'not_found', 'No such invoice');
  return settleInvoice(ctx, row.id);
}

export const getInvoice: Handler = async (ctx) => {
  const { account } = await requireAccount(ctx);
  const { invoice, attempts } = await ownInvoice(ctx, account.id);
  return json(invoiceView(invoice, attempts));
};

/** GET /api/payments/invoices?draftId=: the account's invoices, newest first (the fee step finds its own). */
export const getInvoices: Handler = async (ctx) => {
  const { account } = await requireAccount(ctx);
  const draftId = ctx.url.searchParams.get('draftId');
  const rows = await ctx.db.invoices.where('accountId').equals(account.id).toArray();
  const picked = rows.filter((r) => !draftId || r.draftId === draftId).sort((a, b) => b.createdAt - a.createdAt);
  const views = [];
  for (const row of picked) {
    const { invoice, attempts } = await settleInvoice(ctx, row.id);
    views.push(invoiceView(invoice, attempts));
  }
  return json(views);
};

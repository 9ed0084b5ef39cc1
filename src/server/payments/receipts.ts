// «Мои платежи»: receipts with filters and a period sum, one receipt, and sending it to the simulated
// mailbox. Receipts are never deleted; after five years they are flagged archived and hidden unless asked.
import { moscowTime } from '../../domain/calendar';
import { formatMoney, sumKopecks } from '../../domain/money';
import { ReceiptEmailSchema, ReceiptQuerySchema, type ReceiptView } from '../../domain/payments/api';
import { deliver } from '../auth/inbox';
import { requireAccount } from '../auth/sessions';
import { ApiError, json, parseWith, readJson } from '../http';
import type { Handler, RequestContext } from '../router';
import type { ReceiptRow } from './rows';
import { receiptView } from './views';

const DAY_MS = 86_400_000;

/** GET /api/payments/receipts?from&to&kind&service&min&max&archived=1 → {receipts, sumKopecks, count, asOf}, newest first. */
export const getReceipts: Handler = async (ctx) => {
  const { account } = await requireAccount(ctx);
  const q = parseWith(ReceiptQuerySchema, Object.fromEntries(ctx.url.searchParams));
  // from/to are whole Moscow days, inclusive: [00:00 of `from`, 00:00 of the day after `to`).
  const start = q.from ? moscowTime(q.from, 0) : -Infinity;
  const end = q.to ? moscowTime(q.to, 0) + DAY_MS - 1 : Infinity;
  const rows = await ctx.db.receipts.where('[accountId+paidAt]').between([account.id, start], [account.id, end], true, true).reverse().toArray();
  const receipts = rows
    .map((row) => receiptView(row, ctx.now))
    .filter(
      (r) =>
        (q.archived === '1' || !r.archived) &&
        (!q.kind || r.kind === q.kind) &&
        (!q.service || r.serviceId === q.service) &&
        (q.min === undefined || r.amountKopecks >= q.min) &&
        (q.max === undefined || r.amountKopecks <= q.max),
    );
  return json({ receipts, sumKopecks: sumKopecks(receipts.map((r) => r.amountKopecks)), count: receipts.length, asOf: ctx.now });
};

async function ownReceipt(ctx: RequestContext): Promise<{ row: ReceiptRow; email: string }> {
  const { account } = await requireAccount(ctx);
  const row = await ctx.db.receipts.get(ctx.params.id ?? '');
  if (!row || row.accountId !== account.id) throw new ApiError(404, 'not_found', 'No such receipt');
  return { row, email: account.email };
}

export const getReceipt: Handler = async (ctx) => json(receiptView((await ownReceipt(ctx)).row, ctx.now));

/** The receipt as plain text, the way the simulated mailbox shows it (the PDF is rendered on the page). */
export function receiptText(r: ReceiptView): string {
  const lines = [
    `Квитанция № ${r.transactionId}`,
    `Дата и время: ${new Date(r.paidAt).toLocaleString('ru-RU', { timeZone: 'Europe/Moscow' })}`,
    `Плательщик: ${r.payer.name}${r.payer.inn ? `, ИНН ${r.payer.inn}` : ''}`,
    `Получатель: ${r.payee.name}, ИНН ${r.payee.inn}, КПП ${r.payee.kpp}`,
    `Банк получателя: ${r.payee.bankName}, БИК ${r.payee.bik}, ЕКС ${r.payee.bankAccount}`,
    `Казначейский счёт: ${r.payee.treasuryAccount}, КБК ${r.payee.kbk}, ОКТМО ${r.payee.oktmo}`,
    `Назначение: ${r.purpose.ru}`,
    `Сумма: ${formatMoney(r.amountKopecks)}, комиссия: ${formatMoney(r.commissionKopecks)}, итого: ${formatMoney(r.totalKopecks)}`,
    `Способ оплаты: ${r.methodDetail}`,
  ];
  if (r.uins?.length) lines.push(`УИН: ${r.uins.join(', ')}`);
  if (r.applicationNumber) lines.push(`Заявление № ${r.applicationNumber}`);
  return lines.join('\n');
}

/** POST /api/payments/receipts/:id/email {to?} → 202 {sentTo}; without `to`, the account's e-mail. */
export const postReceiptEmail: Handler = async (ctx) => {
  const { row, email } = await ownReceipt(ctx);
  const { to } = await readJson(ctx.request, ReceiptEmailSchema);
  const view = receiptView(row, ctx.now);
  const sentTo = to ?? email;
  await deliver(ctx, {
    channel: 'email',
    to: sentTo,
    subject: `Квитанция об оплате: ${formatMoney(view.amountKopecks)}`,
    body: receiptText(view),
    accountId: row.accountId,
  });
  return json({ sentTo }, 202);
};

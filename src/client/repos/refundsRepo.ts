// The device's mirror of the account's refund requests, filled by the change feed. Refund status moves on
// the working-day calendar; the feed brings it whenever the server logs a change.
import * as v from 'valibot';
import { RefundViewSchema, type RefundView } from '../../domain/payments/api';
import { getDb } from '../database';
import { openRows, sealRow } from '../vault/rowSeal';
import { defineMirror } from '../mirrors/defineMirror';

export const refundsMirror = defineMirror({
  entity: 'refund',
  table: 'refunds',
  schema: RefundViewSchema,
  toRow: (accountId, view) => ({ id: view.id, accountId, data: view }),
});

/** The account's refund requests, newest first. */
export async function listRefunds(accountId: string): Promise<RefundView[]> {
  const rows = await openRows(await getDb().refunds.where('accountId').equals(accountId).toArray());
  return rows
    .flatMap((row) => {
      const parsed = v.safeParse(RefundViewSchema, row.data);
      return parsed.success ? [parsed.output] : [];
    })
    .sort((a, b) => b.requestedAt - a.requestedAt);
}

/** Stores the server's answer to a refund request (the row the feed carries too). */
export async function storeRefund(accountId: string, view: RefundView): Promise<void> {
  await getDb().refunds.put(await sealRow('refunds', { id: view.id, accountId, data: view }));
}

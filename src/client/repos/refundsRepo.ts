// The device's mirror of the account's refund requests, filled by the change feed. Refund status moves on
// the working-day calendar; the feed brings it whenever the server logs a change.
import * as v from 'valibot';
import { RefundViewSchema, type RefundView } from '../../domain/payments/api';
import { getDb } from '../database';
import { CURSOR_PREFIX, CursorSchema } from '../mirrors/applyFeedPage';
import { defineMirror } from '../mirrors/defineMirror';

export const refundsMirror = defineMirror({
  entity: 'refund',
  table: 'refunds',
  schema: RefundViewSchema,
  toRow: (accountId, view) => ({ id: view.id, accountId, data: view }),
});

/**
 * The account's refund requests, newest first, each with its status at the simulated moment of the
 * server's last answer. The server logs a refund only when it is requested; its later steps are dates on
 * the working-day calendar, so the status is moved on here from those dates (it was stuck at «Возврат
 * запрошен» after the clock passed the pay-back date).
 */
export async function listRefunds(accountId: string): Promise<RefundView[]> {
  const rows = await getDb().refunds.where('accountId').equals(accountId).toArray();
  const cursor = v.safeParse(CursorSchema, (await getDb().settings.get(CURSOR_PREFIX + accountId))?.value);
  const now = cursor.success ? cursor.output.asOf : undefined;
  return rows
    .flatMap((row) => {
      const parsed = v.safeParse(RefundViewSchema, row.data);
      return parsed.success ? [statusAt(parsed.output, now)] : [];
    })
    .sort((a, b) => b.requestedAt - a.requestedAt);
}

/** A refund's status at `now` from its own dates; never moved back behind what the server said. */
export function statusAt(refund: RefundView, now: number | undefined): RefundView {
  if (now === undefined) return refund;
  if (now >= refund.paidBackAt) return { ...refund, status: 'paid_back' };
  if (now >= refund.approvedAt && refund.status === 'requested') return { ...refund, status: 'approved' };
  return refund;
}

/** Stores the server's answer to a refund request (the row the feed carries too). */
export async function storeRefund(accountId: string, view: RefundView): Promise<void> {
  await getDb().refunds.put({ id: view.id, accountId, data: view });
}

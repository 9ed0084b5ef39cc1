// The device's mirror of the account's receipts: the server's views kept in «okno» so they travel in the
// export archive and can be shown again after an import, even if the server no longer has them.
// Only ever adds or refreshes rows: a receipt missing from the server is never dropped here.
import * as v from 'valibot';
import { ReceiptViewSchema, type ReceiptView } from '../../domain/payments/api';
import { getDb } from '../database';
import { openRow, openRows, sealRow } from '../vault/rowSeal';
import { defineMirror } from '../mirrors/defineMirror';
import type { ReceiptRow } from '../rows';

const rowOf = (accountId: string, receipt: ReceiptView): ReceiptRow => ({
  id: receipt.id,
  accountId,
  paidAt: receipt.paidAt,
  amountKopecks: receipt.amountKopecks,
  data: receipt,
});

/** Filled by the change feed; kept when the server starts over (receipts are kept for five years). */
export const receiptsMirror = defineMirror({
  entity: 'receipt',
  table: 'receipts',
  schema: ReceiptViewSchema,
  toRow: (accountId, view) => rowOf(accountId, view),
  keepOnReset: true,
});

/** Stores or refreshes the given receipts in one bulk write; other receipts of the account stay. */
export async function mirrorReceipts(accountId: string, receipts: readonly ReceiptView[]): Promise<void> {
  if (receipts.length === 0) return;
  const rows = await Promise.all(receipts.map((receipt) => sealRow('receipts', rowOf(accountId, receipt))));
  await getDb().receipts.bulkPut(rows);
}

/**
 * The account's mirrored receipts, newest first. A row whose data no longer fits the receipt schema (a
 * hand-edited archive, a future format) is skipped rather than failing the whole list.
 */
export async function listMirroredReceipts(accountId: string): Promise<MirroredReceipt[]> {
  const rows = await getDb().receipts.where('[accountId+paidAt]').between([accountId, -Infinity], [accountId, Infinity]).reverse().toArray();
  return (await openRows(rows)).flatMap(viewOf);
}

/** A receipt from the mirror; `fromDevice` when the server has not confirmed it since it started over. */
export type MirroredReceipt = ReceiptView & { fromDevice?: true };

function viewOf(row: ReceiptRow): MirroredReceipt[] {
  const parsed = v.safeParse(ReceiptViewSchema, row.data);
  if (!parsed.success) return [];
  return [row.stale ? { ...parsed.output, fromDevice: true } : parsed.output];
}

/** One mirrored receipt of the account, or undefined. */
export async function readMirroredReceipt(accountId: string, id: string): Promise<MirroredReceipt | undefined> {
  const row = await getDb().receipts.get(id);
  if (!row || row.accountId !== accountId) return undefined;
  return viewOf(await openRow(row))[0];
}

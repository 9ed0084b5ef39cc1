// The device's mirror of the account's invoices (fees and fines, paid or not), filled by the change feed.
import * as v from 'valibot';
import { InvoiceViewSchema, type InvoiceView } from '../../domain/payments/api';
import { getDb } from '../database';
import { openRows } from '../vault/rowSeal';
import { defineMirror } from '../mirrors/defineMirror';

export const paymentsMirror = defineMirror({
  entity: 'invoice',
  table: 'payments',
  schema: InvoiceViewSchema,
  toRow: (accountId, view) => ({
    id: view.id,
    accountId,
    invoiceId: view.id,
    status: view.status,
    updatedAt: view.paidAt ?? view.createdAt,
    data: view,
  }),
});

/** The account's invoices, newest first. */
export async function listPayments(accountId: string): Promise<InvoiceView[]> {
  const rows = await openRows(await getDb().payments.where('accountId').equals(accountId).toArray());
  return rows
    .flatMap((row) => {
      const parsed = v.safeParse(InvoiceViewSchema, row.data);
      return parsed.success ? [parsed.output] : [];
    })
    .sort((a, b) => b.createdAt - a.createdAt);
}

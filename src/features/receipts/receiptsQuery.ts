// «Мои платежи» filters as URL search params, and the pure filtering and period sum they drive. The page
// loads every receipt once and filters here, so a filter change costs one pass over 5,000 receipts (no
// request) and works offline over the device mirror. Amounts in the URL are whole roubles, as typed.
import { moscowDate } from '../../domain/calendar';
import { sumKopecks } from '../../domain/money';
import type { ReceiptView } from '../../domain/payments/api';
import type { ReceiptsSearch } from './receiptsSearch';

export { ReceiptsSearchSchema, type ReceiptsSearch } from './receiptsSearch';

/** A receipt as the page lists it: the server's view, or the device's copy when the server lost it. */
export type ListedReceipt = ReceiptView & { fromDevice?: true };

/** Receipts matching the filters, newest first. Days are Moscow days, inclusive at both ends. */
export function filterReceipts<R extends ReceiptView>(receipts: readonly R[], search: ReceiptsSearch): R[] {
  const min = search.min === undefined ? -Infinity : search.min * 100;
  const max = search.max === undefined ? Infinity : search.max * 100;
  const found = receipts.filter((r) => {
    if (r.archived && !search.archive) return false;
    if ((search.kind && r.kind !== search.kind) || (search.service && r.serviceId !== search.service)) return false;
    if (r.amountKopecks < min || r.amountKopecks > max) return false;
    if (search.from || search.to) {
      const day = moscowDate(r.paidAt);
      if ((search.from && day < search.from) || (search.to && day > search.to)) return false;
    }
    return true;
  });
  return found.sort((a, b) => b.paidAt - a.paidAt);
}

/** «Итого за период»: the paid amounts without commission, as the server's `sumKopecks` counts them. */
export function periodSum(receipts: readonly ReceiptView[]): number {
  return sumKopecks(receipts.map((r) => r.amountKopecks));
}

/** True when any filter narrows the list (the archive switch only widens it). */
export function isFiltered(search: ReceiptsSearch): boolean {
  return [search.from, search.to, search.kind, search.service, search.min, search.max].some((value) => value !== undefined);
}

/**
 * The server's receipts plus the device's copies of receipts the server no longer has (a reset stand,
 * an imported archive). The server never deletes a receipt, so a copy it lacks is one it lost.
 */
export function mergeWithMirror(server: readonly ReceiptView[], mirrored: readonly ReceiptView[]): ListedReceipt[] {
  const known = new Set(server.map((r) => r.id));
  const lost = mirrored.filter((r) => !known.has(r.id)).map((r): ListedReceipt => ({ ...r, fromDevice: true }));
  return [...server, ...lost].sort((a, b) => b.paidAt - a.paidAt);
}

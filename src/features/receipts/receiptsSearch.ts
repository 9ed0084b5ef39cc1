// «Мои платежи» filters as URL search params (src/ui/searchParams.ts), kept apart from the list logic so
// the route table (loaded with the shell) pulls in no API schemas.
import { PAYMENT_KINDS } from '../../domain/payments/kinds';
import { number, on, oneOf, searchParams, text } from '../../ui/searchParams';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Whole roubles; the router parses `?min=100` as a number, a hand-typed URL may still carry a string. */
const roubles = number(0, 999_999_999, true);

export const ReceiptsSearchSchema = searchParams({
  from: text(10, ISO_DATE),
  to: text(10, ISO_DATE),
  kind: oneOf(PAYMENT_KINDS),
  service: text(60),
  min: roubles,
  max: roubles,
  /** Show receipts older than five years too («Показать архив»). */
  archive: on,
});
export type ReceiptsSearch = ReturnType<typeof ReceiptsSearchSchema>;

// «Мои платежи» filters as URL search params, kept apart from the list logic so the route table (loaded
// with the shell) pulls in no API schemas.
import * as v from 'valibot';
import { PAYMENT_KINDS } from '../../domain/payments/kinds';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const optionalDate = v.fallback(v.optional(v.pipe(v.string(), v.regex(ISO_DATE))), undefined);
/** The router parses `?min=100` as a number, a hand-typed URL may still carry a string. */
const optionalRoubles = v.fallback(
  v.optional(
    v.pipe(
      v.union([v.number(), v.pipe(v.string(), v.regex(/^\d{1,9}$/), v.transform(Number))]),
      v.integer(),
      v.minValue(0),
      v.maxValue(999_999_999),
    ),
  ),
  undefined,
);

export const ReceiptsSearchSchema = v.object({
  from: optionalDate,
  to: optionalDate,
  kind: v.fallback(v.optional(v.picklist(PAYMENT_KINDS)), undefined),
  service: v.fallback(v.optional(v.pipe(v.string(), v.maxLength(60))), undefined),
  min: optionalRoubles,
  max: optionalRoubles,
  /** Show receipts older than five years too («Показать архив»). */
  archive: v.fallback(v.optional(v.literal(true)), undefined),
});
export type ReceiptsSearch = v.InferOutput<typeof ReceiptsSearchSchema>;

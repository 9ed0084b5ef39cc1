// The refund machine and its API schemas: requested → approved → paid back, timed on the working-day calendar from the
// moment of the request, so its status is computed on read from the simulated clock, never by a timer.
import * as v from 'valibot';
import { workingDaysLater } from '../calendar';

/** The department reviews a request by noon of the next working day. */
export const REFUND_APPROVE_WORKING_DAYS = 1;
/** The treasury pays back within five working days of the request (simplified from the 1-month limit). */
export const REFUND_PAY_BACK_WORKING_DAYS = 5;

export function refundSchedule(requestedAt: number): { approvedAt: number; paidBackAt: number } {
  return {
    approvedAt: workingDaysLater(requestedAt, REFUND_APPROVE_WORKING_DAYS, 12),
    paidBackAt: workingDaysLater(requestedAt, REFUND_PAY_BACK_WORKING_DAYS, 12),
  };
}

export function refundStatus(requestedAt: number, now: number): RefundStatus {
  const { approvedAt, paidBackAt } = refundSchedule(requestedAt);
  if (now >= paidBackAt) return 'paid_back';
  return now >= approvedAt ? 'approved' : 'requested';
}

/** The next moment after `now` at which the status moves, or undefined once the money is back. */
export function refundNextAt(requestedAt: number, now: number): number | undefined {
  const { approvedAt, paidBackAt } = refundSchedule(requestedAt);
  if (now < approvedAt) return approvedAt;
  return now < paidBackAt ? paidBackAt : undefined;
}

export const REFUND_REASONS = ['duplicate', 'refused_before_processing'] as const;
export const REFUND_STATUSES = ['requested', 'approved', 'paid_back'] as const;
export const RefundRequestSchema = v.object({
  paymentId: v.pipe(v.string(), v.minLength(8), v.maxLength(64)),
  reason: v.picklist(REFUND_REASONS, 'required'),
});
export const RefundViewSchema = v.object({
  id: v.string(),
  /** The invoice id (the `paymentId` an application carries). */
  paymentId: v.string(),
  receiptId: v.string(),
  reason: v.picklist(REFUND_REASONS),
  amountKopecks: v.pipe(v.number(), v.integer(), v.minValue(0)),
  status: v.picklist(REFUND_STATUSES),
  requestedAt: v.number(),
  /** When it is (or was) approved and paid back, on the working-day calendar. */
  approvedAt: v.number(),
  paidBackAt: v.number(),
});
export type RefundView = v.InferOutput<typeof RefundViewSchema>;
export const RefundListSchema = v.object({ refunds: v.array(RefundViewSchema), asOf: v.number() });

export type RefundStatus = (typeof REFUND_STATUSES)[number];

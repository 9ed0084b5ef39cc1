// Whether a paid payment can be refunded, and why not. The mock backend enforces these rules on
// «Вернуть деньги»; the receipt page uses the same rules over the device's mirrors to offer the form
// only where a refund is possible and to say why elsewhere. Pure: the caller gathers the facts.
import type { ApplicationStatus } from '../statuses';
import type { PaymentKind } from './kinds';
import { REFUND_REASONS } from './refunds';

export type RefundReason = (typeof REFUND_REASONS)[number];
export const REFUND_REFUSALS = ['payment_in_use', 'no_duplicate', 'no_application', 'not_rejected', 'processing_started'] as const;
export type RefundRefusal = (typeof REFUND_REFUSALS)[number];

/** A paid payment as the rules see it: what it paid for. */
export interface RefundPayment {
  id: string;
  kind: PaymentKind;
  serviceId?: string;
  uins?: readonly string[];
}

export interface RefundFacts {
  payment: RefundPayment;
  /** The same account's application sent with this payment (fees only): its status and every status it went through. */
  application?: { status: ApplicationStatus; reached: readonly ApplicationStatus[] };
  /** The account's other paid payments that are not refunded or being refunded. */
  otherPaid: readonly RefundPayment[];
}

/** Two payments for the same thing: a fee for the same service, or fines sharing a resolution number. */
export function samePurpose(a: RefundPayment, b: RefundPayment): boolean {
  if (a.kind !== b.kind) return false;
  return a.kind === 'fee' ? a.serviceId === b.serviceId : (a.uins ?? []).some((uin) => b.uins?.includes(uin));
}

/** Why a refund for this reason is refused, or null when the rules allow it. */
export function refundRefusal(facts: RefundFacts, reason: RefundReason): RefundRefusal | null {
  const { payment, application } = facts;
  if (reason === 'duplicate') {
    // The payment an application was sent with is the one kept; another paid one for the same purpose goes back.
    if (application && application.status !== 'rejected') return 'payment_in_use';
    return facts.otherPaid.some((other) => other.id !== payment.id && samePurpose(other, payment)) ? null : 'no_duplicate';
  }
  if (payment.kind !== 'fee' || !application) return 'no_application';
  if (application.status !== 'rejected') return 'not_rejected';
  return application.reached.includes('in_processing') ? 'processing_started' : null;
}

/**
 * What the receipt page offers: the reasons the rules allow, or — when none — the one refusal that
 * best explains it (the application the payment went with comes first, then «no twin»).
 */
export function refundChoice(facts: RefundFacts): { reasons: RefundReason[] } | { why: RefundRefusal } {
  const reasons = REFUND_REASONS.filter((reason) => refundRefusal(facts, reason) === null);
  if (reasons.length) return { reasons };
  const { application } = facts;
  if (application?.status === 'rejected') return { why: refundRefusal(facts, 'refused_before_processing')! };
  return { why: application ? 'payment_in_use' : 'no_duplicate' };
}

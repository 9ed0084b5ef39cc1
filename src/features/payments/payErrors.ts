// What each answer of the gateway means for the pay page, and the sentence that explains it. Payment
// codes are worded in the `pay` namespace; any other code falls back to the app's common messages.
import { fill } from '../../i18n/i18n';
import { messageForCode } from '../../ui/errorText';
import { payTexts } from '../../i18n/lazy/pay';

/**
 * retry: the payment did not happen, pay again (values kept); processing: the bank has not answered,
 * nothing may be paid now; paid: the invoice is paid already; stale: this invoice can no longer be paid;
 * code: a wrong or expired one-time code, for the code field; fields: field errors for the form.
 */
export type PayErrorKind = 'retry' | 'processing' | 'paid' | 'stale' | 'code' | 'fields';

const KINDS: Record<string, PayErrorKind> = {
  gateway_timeout: 'processing',
  payment_processing: 'processing',
  already_paid: 'paid',
  invoice_expired: 'stale',
  fine_already_paid: 'stale',
  code_wrong: 'code',
  code_expired: 'code',
  code_attempts_exceeded: 'code',
  resend_too_soon: 'code',
  validation: 'fields',
};

export function payErrorKind(code: string): PayErrorKind {
  return KINDS[code] ?? 'retry';
}

/** The sentence for a payment error code in the user's language, with its facts filled in. */
export function payErrorText(code: string, data?: Record<string, string | number>): string {
  const own = payTexts().pay.errors as Record<string, string>;
  return own[code] !== undefined ? fill(own[code], data ?? {}) : messageForCode(code, data);
}

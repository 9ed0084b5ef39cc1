// From the method form's values to the gateway's request: only the chosen method's fields go, so card
// data never travels with another method and another method's half-typed field never blocks paying.
import type { PaymentMethod } from '../../domain/payments/api';

export const CARD_FIELDS = ['card.number', 'card.expiry', 'card.cvc', 'card.holder'] as const;

/** The form fields each method asks for, in page order (the error summary lists them so). */
export const METHOD_FIELDS: Record<PaymentMethod, readonly string[]> = {
  card: CARD_FIELDS,
  ewallet: ['wallet'],
  online_bank: ['bank'],
  terminal: [],
  mobile: ['phone'],
};

export const METHOD_KEY = 'method';

/** The request body PayRequestSchema checks, from the form's nested values (see createForm.toNested). */
export function toPayRequest(nested: Record<string, unknown>): Record<string, unknown> {
  const method = nested[METHOD_KEY] as PaymentMethod | undefined;
  switch (method) {
    case 'card':
      return { method, card: { ...(nested.card as object | undefined) } };
    case 'ewallet':
      return { method, wallet: nested.wallet };
    case 'online_bank':
      return { method, bank: nested.bank };
    case 'mobile':
      return { method, phone: nested.phone };
    case 'terminal':
      return { method };
    default:
      return { method };
  }
}

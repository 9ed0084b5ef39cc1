// Kinds of payment, apart from the API schemas so light modules (route search params) can use them.
export const PAYMENT_KINDS = ['fee', 'fine', 'tax'] as const;
export type PaymentKind = (typeof PAYMENT_KINDS)[number];

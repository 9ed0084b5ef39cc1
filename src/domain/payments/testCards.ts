// The simulated gateway's documented test data: which card, phone or wallet gives which outcome.
// Any other valid card, phone or wallet pays successfully. Never real card numbers (all pass Luhn only).
import { normalizeCardNumber } from './card';

export type GatewayOutcome = 'success' | 'insufficient_funds' | 'declined_by_bank' | 'timeout_charged' | 'timeout_not_charged';

export interface TestCard {
  number: string;
  outcome: GatewayOutcome;
  note: { ru: string; en: string };
}

/**
 * Every card: any holder in Latin letters, any future expiry, any CVC; the 3-D Secure code arrives by SMS
 * to the account phone. Declines and timeouts happen after the 3-D Secure code is accepted.
 * A timeout answers 504 `gateway_timeout`; the bank settles the payment 60 simulated seconds later, as
 * paid (timeout_charged) or failed (timeout_not_charged). Until then the invoice is `processing` and a
 * retry answers 409 `payment_processing`; afterwards a paid invoice answers 409 `already_paid`, a failed
 * one can be paid again. Either way there is never a second charge.
 */
export const TEST_CARDS: readonly TestCard[] = [
  { number: '4111 1111 1111 1111', outcome: 'success', note: { ru: 'Visa, успешная оплата', en: 'Visa, pays' } },
  { number: '5555 5555 5555 4444', outcome: 'success', note: { ru: 'MasterCard, успешная оплата', en: 'MasterCard, pays' } },
  { number: '2200 0000 0000 0004', outcome: 'success', note: { ru: 'Мир, успешная оплата', en: 'Mir, pays' } },
  { number: '4000 0000 0000 0002', outcome: 'insufficient_funds', note: { ru: 'Отказ: недостаточно средств', en: 'Declined: insufficient funds' } },
  { number: '5105 1051 0510 5100', outcome: 'declined_by_bank', note: { ru: 'Отказ банка-эмитента', en: 'Declined by the issuing bank' } },
  { number: '4000 0000 0000 0119', outcome: 'timeout_charged', note: { ru: 'Шлюз не ответил, деньги списаны', en: 'Gateway timeout, charged' } },
  {
    number: '2200 0000 0000 0012',
    outcome: 'timeout_not_charged',
    note: { ru: 'Шлюз не ответил, деньги не списаны', en: 'Gateway timeout, not charged' },
  },
];

/** Mobile balance: this phone has too little money; any other pays after its SMS code. */
export const TEST_PHONE_NO_FUNDS = '+79000000000';
/** E-wallet: this wallet is empty; any other phone or e-mail wallet pays at once. */
export const TEST_WALLET_NO_FUNDS = 'empty@wallet.example';

/** Fines registry: a UIN ending in 0000 is unknown; the licence has 3 fines, the certificate 1, `none` has none. */
export const TEST_FINE_DOCUMENTS = { licence: '77 АВ 654321', vehicle: '77 УА 123456', none: '77 УА 654321' };

/** How long after a timeout the bank's answer arrives (simulated ms). */
export const GATEWAY_SETTLE_MS = 60_000;

export function cardOutcome(number: string): GatewayOutcome {
  const digits = normalizeCardNumber(number);
  return TEST_CARDS.find((card) => normalizeCardNumber(card.number) === digits)?.outcome ?? 'success';
}

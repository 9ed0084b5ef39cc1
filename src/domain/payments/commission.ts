// What each way of paying costs the citizen on top of the amount due. Stated once here, shown before
// paying and printed on the receipt; cards and online banks are free by law for state payments.
import { percentOf } from '../money';
import type { PaymentMethod } from './api';

/** Percent of the amount, rounded half up to the kopeck (percentOf). */
export const COMMISSION_PERCENT: Record<PaymentMethod, number> = {
  card: 0,
  online_bank: 0,
  ewallet: 1,
  terminal: 1,
  mobile: 2,
};

export function commissionFor(method: PaymentMethod, amountKopecks: number): number {
  return percentOf(amountKopecks, COMMISSION_PERCENT[method]);
}

export function commissionsFor(amountKopecks: number): Record<PaymentMethod, number> {
  const out = {} as Record<PaymentMethod, number>;
  for (const method of Object.keys(COMMISSION_PERCENT) as PaymentMethod[]) out[method] = commissionFor(method, amountKopecks);
  return out;
}

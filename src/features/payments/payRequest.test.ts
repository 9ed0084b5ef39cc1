import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { PayRequestSchema } from '../../domain/payments/api';
import { toPayRequest } from './payRequest';

const typed = {
  method: 'card',
  card: { number: '4111 1111 1111 1111', expiry: '08/29', cvc: '123', holder: 'maria ivanova' },
  wallet: 'someone@example.ru',
  bank: 'sber',
  phone: '+7 912 345-67-89',
};

describe('method → gateway request', () => {
  it('sends only the chosen method’s fields: card data never travels with another method', () => {
    expect(toPayRequest(typed)).toEqual({ method: 'card', card: typed.card });
    expect(toPayRequest({ ...typed, method: 'ewallet' })).toEqual({ method: 'ewallet', wallet: 'someone@example.ru' });
    expect(toPayRequest({ ...typed, method: 'online_bank' })).toEqual({ method: 'online_bank', bank: 'sber' });
    expect(toPayRequest({ ...typed, method: 'mobile' })).toEqual({ method: 'mobile', phone: '+7 912 345-67-89' });
    expect(toPayRequest({ ...typed, method: 'terminal' })).toEqual({ method: 'terminal' });
  });

  it('gives the gateway a request it accepts, the card number without spaces and the holder upper-cased', () => {
    const parsed = v.parse(PayRequestSchema, toPayRequest(typed));
    expect(parsed).toEqual({ method: 'card', card: { number: '4111111111111111', expiry: '08/29', cvc: '123', holder: 'MARIA IVANOVA' } });
  });

  it('a half-typed card does not block paying by e-wallet', () => {
    const other = { ...typed, method: 'ewallet', card: { number: '4111', expiry: '', cvc: '', holder: '' } };
    expect(v.safeParse(PayRequestSchema, toPayRequest(other)).success).toBe(true);
  });

  it('names a wrong card field by its form path', () => {
    const bad = v.safeParse(PayRequestSchema, toPayRequest({ ...typed, card: { ...typed.card, number: '4111 1111 1111 1112' } }));
    expect(bad.success).toBe(false);
    expect(bad.issues?.map((i) => [v.getDotPath(i), i.message])).toEqual([['card.number', 'card_checksum']]);
  });
});

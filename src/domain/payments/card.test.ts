import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { fieldCodes } from '../validationCodes';
import { cardBrand, cardExpired, cardNumberCode, CardSchema, createCardSchema, luhnValid, maskCard, parseExpiry } from './card';
import { TEST_CARDS } from './testCards';

const NOW = Date.parse('2026-03-02T09:00:00.000Z');
const GOOD = { number: '4111 1111 1111 1111', expiry: '12/27', cvc: '123', holder: 'ivanova maria' };
const codes = (input: unknown, now = NOW) => fieldCodes(v.safeParse(createCardSchema(now), input).issues ?? []);

/** Appends the Luhn check digit to a digit string. */
function withCheckDigit(body: string): string {
  for (let d = 0; d < 10; d++) if (luhnValid(body + d)) return body + d;
  throw new Error('unreachable');
}

describe('card number', () => {
  it('checks the Luhn digit: every single-digit change breaks a valid number', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{15}$/), fc.nat(15), fc.integer({ min: 1, max: 9 }), (body, at, delta) => {
        const valid = withCheckDigit(body);
        expect(luhnValid(valid)).toBe(true);
        const changed = valid.slice(0, at) + String((Number(valid[at]) + delta) % 10) + valid.slice(at + 1);
        expect(luhnValid(changed)).toBe(false);
      }),
    );
  });

  it('detects the brand by its prefix', () => {
    expect(cardBrand('4111111111111111')).toBe('visa');
    for (const prefix of ['51', '53', '55', '2221', '2500', '2720'])
      expect(cardBrand(`${prefix}00000000000000`.slice(0, 16)), prefix).toBe('mastercard');
    for (const prefix of ['2200', '2202', '2204']) expect(cardBrand(`${prefix}000000000000`), prefix).toBe('mir');
    for (const prefix of ['50', '56', '2205', '2220', '2721', '3530', '6011'])
      expect(cardBrand(`${prefix}000000000000`.slice(0, 16)), prefix).toBeNull();
  });

  it('names the first thing to fix: format, brand, length, then the check digit', () => {
    expect(cardNumberCode('')).toBe('required');
    expect(cardNumberCode('4111 1111 abcd 1111')).toBe('card_number_format');
    expect(cardNumberCode('6011 1111 1111 1117')).toBe('card_brand_unknown');
    expect(cardNumberCode(withCheckDigit('55555555555555'))).toBe('card_length');
    expect(cardNumberCode('4111 1111 1111 1112')).toBe('card_checksum');
    expect(cardNumberCode('4111-1111-1111-1111')).toBeNull();
  });

  it('accepts every brand at each of its lengths when the check digit is right', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(['4', 13], ['4', 16], ['4', 19], ['52', 16], ['2300', 16], ['2201', 16], ['2201', 19]),
        fc.stringMatching(/^\d{18}$/),
        ([prefix, length], fill) => {
          const number = withCheckDigit((prefix + fill).slice(0, length - 1));
          expect(cardNumberCode(number)).toBeNull();
        },
      ),
    );
  });

  it('every documented test card is valid and masks to its last four digits', () => {
    for (const card of TEST_CARDS) expect(cardNumberCode(card.number), card.number).toBeNull();
    expect(maskCard('2200000000000004')).toBe('Мир •••• 0004');
  });
});

describe('expiry, CVC and holder', () => {
  it('reads MM/YY and refuses month 13', () => {
    expect(parseExpiry('08/28')).toEqual({ month: 8, year: 2028 });
    expect(parseExpiry('0828')).toEqual({ month: 8, year: 2028 });
    expect(parseExpiry('13/28')).toBeNull();
  });

  it('a card is good through the last day of its month, Moscow time', () => {
    const endOfMarch = Date.parse('2026-03-31T20:59:00.000Z'); // 23:59 in Moscow
    expect(cardExpired({ month: 3, year: 2026 }, endOfMarch)).toBe(false);
    expect(cardExpired({ month: 3, year: 2026 }, endOfMarch + 60_000)).toBe(true);
    expect(cardExpired({ month: 2, year: 2026 }, NOW)).toBe(true);
  });

  it('answers a code per field', () => {
    expect(codes(GOOD)).toEqual({});
    expect(v.parse(CardSchema, GOOD)).toEqual({ number: '4111111111111111', expiry: '12/27', cvc: '123', holder: 'IVANOVA MARIA' });
    expect(codes({ number: '4111111111111112', expiry: '02/26', cvc: '12', holder: 'Иванова' })).toEqual({
      number: 'card_checksum',
      expiry: 'card_expired',
      cvc: 'card_cvc_format',
      holder: 'card_holder_format',
    });
    expect(codes({ ...GOOD, expiry: '1/2' })).toEqual({ expiry: 'card_expiry_format' });
    expect(codes({ ...GOOD, holder: ' ' })).toEqual({ holder: 'required' });
  });
});

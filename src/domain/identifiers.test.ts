import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as v from 'valibot';
import {
  EmailSchema,
  formatPhone,
  InnSchema,
  isValidInn,
  isValidSnils,
  normalizeEmail,
  normalizePhone,
  normalizeSnils,
  PhoneSchema,
  snilsChecksum,
  SnilsSchema,
} from './identifiers';
import { fieldCodes } from './validationCodes';

/** The code of the first issue, or null when the value passes. */
function codeOf(schema: v.GenericSchema, input: unknown): string | null {
  const result = v.safeParse(schema, input);
  return result.success ? null : (result.issues[0]?.message ?? null);
}

describe('phone', () => {
  it.each([
    ['+7 (912) 345-67-89', '+79123456789'],
    ['8 912 345 67 89', '+79123456789'],
    ['79123456789', '+79123456789'],
    ['9123456789', '+79123456789'],
    ['  +7-912-345-67-89 ', '+79123456789'],
    ['8 (495) 123.45.67', '+74951234567'],
  ])('normalises %j', (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
    expect(v.parse(PhoneSchema, input)).toBe(expected);
  });

  it.each(['', '12345', '+8 912 345 67 89', '+7 912 345 67 8', '+7 912 345 67 890', '7912345678a', '+7 012 345 67 89', '9+123456789'])(
    'rejects %j',
    (input) => expect(normalizePhone(input)).toBeNull(),
  );

  it('shows a stored phone in groups, and reads back to the same number', () => {
    expect(formatPhone('+79035550142')).toBe('+7 903 555-01-42');
    expect(normalizePhone(formatPhone('+74951234567'))).toBe('+74951234567');
    expect(formatPhone('8 800')).toBe('8 800');
  });

  it('reports a blank phone as required and a wrong one as phone_format', () => {
    expect(codeOf(PhoneSchema, '  ')).toBe('required');
    expect(codeOf(PhoneSchema, '12-34')).toBe('phone_format');
    expect(codeOf(PhoneSchema, undefined)).toBe('required');
  });
});

describe('e-mail', () => {
  it.each([
    ['ivanova@mail.ru', 'ivanova@mail.ru'],
    ['  Ivan.Petrov@Yandex.RU ', 'ivan.petrov@yandex.ru'],
    ['a+tag@sub.example.com', 'a+tag@sub.example.com'],
    ['user@почта.рф', 'user@почта.рф'],
    ['user@xn--80a1acny.xn--p1ai', 'user@xn--80a1acny.xn--p1ai'],
  ])('accepts %j', (input, expected) => {
    expect(normalizeEmail(input)).toBe(expected);
    expect(v.parse(EmailSchema, input)).toBe(expected);
  });

  it.each([
    'ivanova',
    'ivanova@',
    '@mail.ru',
    'ivanova@mail',
    'iva nova@mail.ru',
    'a..b@mail.ru',
    '.a@mail.ru',
    'a@-mail.ru',
    'a@mail.r',
    'a@b@mail.ru',
    'a@mail.ru1',
  ])('rejects %j', (input) => expect(codeOf(EmailSchema, input)).toBe('email_format'));

  it('reports an over-long address as too_long', () => {
    expect(codeOf(EmailSchema, `${'a'.repeat(250)}@mail.ru`)).toBe('too_long');
  });
});

describe('SNILS', () => {
  it('computes the commonly cited example 112-233-445 95', () => {
    expect(snilsChecksum('112233445')).toBe('95');
    expect(isValidSnils('112-233-445 95')).toBe(true);
  });

  it.each([
    ['123456789', '64'], // sum 165 → 165 mod 101
    ['987654321', '83'],
    ['001326678', '99'], // sum 99: the sum itself
    ['001508815', '00'], // sum 100 → 00
    ['001437544', '00'], // sum 101 → 00
    ['001318759', '01'], // sum 102 → 102 mod 101
    ['006996682', '00'], // sum 201: mod 101 gives 100 → 00
    ['999999989', '00'], // sum 403: mod 101 gives 100 → 00
    ['999999999', '01'], // sum 405
  ])('check number of %s is %s', (nine, check) => {
    expect(snilsChecksum(nine)).toBe(check);
    expect(isValidSnils(nine + check)).toBe(true);
  });

  it('accepts any spacing and normalises to XXX-XXX-XXX YY', () => {
    for (const input of ['11223344595', '112 233 445 95', '112-233-445-95', ' 112-233-445 95 ']) {
      expect(normalizeSnils(input)).toBe('112-233-445 95');
      expect(v.parse(SnilsSchema, input)).toBe('112-233-445 95');
    }
  });

  it('rejects a number with one digit changed', () => {
    expect(isValidSnils('112-233-445 96')).toBe(false);
    expect(isValidSnils('112-233-455 95')).toBe(false);
    expect(codeOf(SnilsSchema, '112-233-455 95')).toBe('snils_checksum');
  });

  it('accepts any check for numbers up to 001-001-998, which predate the check number', () => {
    expect(isValidSnils('001-001-998 00')).toBe(true);
    expect(isValidSnils('001-001-998 77')).toBe(true);
    expect(isValidSnils('001-001-999 00')).toBe(false);
  });

  it('reports a wrong shape as snils_format', () => {
    for (const input of ['112-233-445', '112-233-445 9X', '112/233/445 95', '1122334459512']) {
      expect(normalizeSnils(input)).toBeNull();
      expect(codeOf(SnilsSchema, input)).toBe('snils_format');
    }
  });

  it('refuses to compute a check number for anything but nine digits', () => {
    expect(() => snilsChecksum('12345678')).toThrow(RangeError);
  });
});

describe('INN', () => {
  const PERSON = ['500100732259', '771234567859'];
  const ORGANISATION = ['7707083893', '7728168971'];

  it('accepts valid personal and organisation numbers by kind', () => {
    for (const inn of PERSON) {
      expect(isValidInn(inn, 'person')).toBe(true);
      expect(isValidInn(inn, 'any')).toBe(true);
      expect(isValidInn(inn, 'organisation')).toBe(false);
    }
    for (const inn of ORGANISATION) {
      expect(isValidInn(inn, 'organisation')).toBe(true);
      expect(isValidInn(inn)).toBe(true);
      expect(isValidInn(inn, 'person')).toBe(false);
    }
  });

  it('rejects a number with one digit changed, including either check digit', () => {
    expect(isValidInn('500100732258')).toBe(false); // 12th digit
    expect(isValidInn('500100732269')).toBe(false); // 11th digit
    expect(isValidInn('500100742259')).toBe(false); // a body digit
    expect(isValidInn('7707083894')).toBe(false);
  });

  it('InnSchema takes a personal INN only, naming shape and checksum errors apart', () => {
    expect(v.parse(InnSchema, ' 5001 0073 2259 ')).toBe('500100732259');
    expect(codeOf(InnSchema, '7707083893')).toBe('inn_format');
    expect(codeOf(InnSchema, '50010073225a')).toBe('inn_format');
    expect(codeOf(InnSchema, '500100732258')).toBe('inn_checksum');
    expect(v.safeParse(InnSchema, '500100732258').issues).toHaveLength(1);
  });
});

describe('properties', () => {
  const anyText = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.stringMatching(/^[\d +()-]{0,20}$/));
  const schemas = [PhoneSchema, EmailSchema, SnilsSchema, InnSchema];

  it('no normaliser, validator or schema throws for any string', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        normalizePhone(s);
        normalizeEmail(s);
        normalizeSnils(s);
        isValidSnils(s);
        isValidInn(s, 'any');
        for (const schema of schemas) fieldCodes(v.safeParse(schema, s).issues ?? []);
      }),
    );
  });

  it('a normalised phone is always +7 and ten digits, and normalising it again changes nothing', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.stringMatching(/^(\+7|8)? ?\(?\d{3}\)? ?\d{3}-?\d{2}-?\d{2}$/)), (s) => {
        const phone = normalizePhone(s);
        if (phone !== null) {
          expect(phone).toMatch(/^\+7\d{10}$/);
          expect(normalizePhone(phone)).toBe(phone);
        }
      }),
    );
  });

  it('every nine digits with their computed check make a valid SNILS; changing the check breaks it', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{9}$/), (nine) => {
        const check = snilsChecksum(nine);
        expect(check).toMatch(/^\d\d$/);
        expect(isValidSnils(nine + check)).toBe(true);
        const wrong = String((Number(check) + 1) % 100).padStart(2, '0');
        if (Number(nine) > 1_001_998) expect(isValidSnils(nine + wrong)).toBe(false);
      }),
    );
  });

  it('a normalised SNILS and e-mail keep their shape when normalised again', () => {
    fc.assert(
      fc.property(anyText, fc.emailAddress(), (s, email) => {
        const snils = normalizeSnils(s);
        if (snils !== null) expect(normalizeSnils(snils)).toBe(snils);
        const normal = normalizeEmail(email);
        if (normal !== null) expect(normalizeEmail(normal)).toBe(normal);
      }),
    );
  });
});

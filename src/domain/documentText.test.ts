import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { AddressSchema } from './address';
import { FIELD_RULES } from './catalog/formSchema';
import { stripInvisible, unprintableCharacters } from './documentText';
import { PersonNameSchema } from './identifiersPerson';

const firstCode = (result: v.SafeParseResult<v.GenericSchema>) => (result.success ? null : result.issues[0]?.message);

describe('clean text in, same text out', () => {
  it('strips NUL, bidi overrides and isolates, zero-width characters and the soft hyphen', () => {
    expect(stripInvisible('ул.\u0000 Ле\u202eнина\u202c 7\u200b\u200d\u2066к\u2069\u00ad\ufeff')).toBe('ул. Ленина 7к');
    expect(stripInvisible('строка 1\r\nстрока\t2')).toBe('строка 1\nстрока 2');
  });

  it('a name with invisible characters is stored without them; one with emoji is refused', () => {
    expect(v.parse(PersonNameSchema, 'Ива\u200bнова\u202e')).toBe('Иванова');
    expect(firstCode(v.safeParse(PersonNameSchema, 'Иванова😀'))).toBe('name_chars');
  });

  it('free text and addresses refuse what no document can print, and never drop it silently', () => {
    expect(firstCode(v.safeParse(FIELD_RULES.longText, 'Спасибо 👍'))).toBe('unprintable_chars');
    expect(firstCode(v.safeParse(FIELD_RULES.text, 'Ελλάδα'))).toBe('unprintable_chars');
    expect(v.parse(FIELD_RULES.text, ' В банк\u0000 «Окно» № 12 — 1 500 ₽ ')).toBe('В банк «Окно» № 12 — 1 500 ₽');
    const address = { region: 'Москва', city: 'Москва', street: 'Тверская\u202e', house: '7', apartment: '12🏠', postalIndex: '125009' };
    const result = v.safeParse(AddressSchema, address);
    expect(result.success).toBe(false);
    expect(result.issues?.[0]?.message).toBe('unprintable_chars');
    expect(v.parse(AddressSchema, { ...address, apartment: '12' }).street).toBe('Тверская');
  });

  it('names the unprintable characters once each', () => {
    expect(unprintableCharacters('a😀b😀中\n')).toEqual(['😀', '中']);
  });
});

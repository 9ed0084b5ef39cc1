import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { validationEn } from '../i18n/validation.en';
import { validationRu } from '../i18n/validation.ru';
import { fieldCodes, isValidationCode, VALIDATION_CODES } from './validationCodes';

describe('validation codes', () => {
  it('every code has a Russian and an English text, and no text is left over', () => {
    for (const dictionary of [validationRu, validationEn]) {
      expect(Object.keys(dictionary).sort()).toEqual([...VALIDATION_CODES].sort());
      for (const code of VALIDATION_CODES) expect(dictionary[code].trim().length, code).toBeGreaterThan(10);
    }
  });

  it('fieldCodes keeps the first code per dotted path and never passes on free text', () => {
    const schema = v.object({
      a: v.pipe(v.string(), v.minLength(3, 'too_short'), v.regex(/^\d+$/, 'inn_format')),
      b: v.object({ c: v.string('required') }),
      d: v.pipe(v.string(), v.minLength(1, 'Free text, not a code')),
    });
    const result = v.safeParse(schema, { a: 'x', b: { c: 1 }, d: '' });
    expect(fieldCodes(result.issues ?? [])).toEqual({ a: 'too_short', 'b.c': 'required', d: 'invalid_value' });
    expect(isValidationCode('snils_checksum')).toBe(true);
    expect(isValidationCode('Free text')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as v from 'valibot';
import {
  addYears,
  DivisionCodeSchema,
  formatRuDate,
  normalizeDivisionCode,
  normalizeName,
  parseIsoDate,
  parseRuDate,
  PassportNumberSchema,
  PassportSeriesSchema,
  PersonNameSchema,
  RuDateSchema,
} from './identifiers';

function codeOf(schema: v.GenericSchema, input: unknown): string | null {
  const result = v.safeParse(schema, input);
  return result.success ? null : (result.issues[0]?.message ?? null);
}

describe('dates', () => {
  it.each([
    ['31.12.1990', '1990-12-31'],
    ['1.2.2003', '2003-02-01'],
    [' 29.02.2024 ', '2024-02-29'],
    ['29.02.2000', '2000-02-29'], // divisible by 400: leap
  ])('parses %j', (input, iso) => {
    expect(parseRuDate(input)).toBe(iso);
    expect(v.parse(RuDateSchema, input)).toBe(iso);
  });

  it.each(['29.02.2023', '29.02.1900', '31.04.2020', '00.01.2020', '15.13.2020', '1990-12-31x', '31/12/1990', '31.12.90', ''])(
    'rejects %j',
    (input) => expect(parseRuDate(input)).toBeNull(),
  );

  it('formats ISO back to ДД.ММ.ГГГГ and refuses a non-date', () => {
    expect(formatRuDate('1990-12-31')).toBe('31.12.1990');
    expect(formatRuDate('2023-02-29')).toBeNull();
  });

  it('the schema also takes an ISO date, so a stored profile validates again unchanged', () => {
    expect(v.parse(RuDateSchema, '1990-12-31')).toBe('1990-12-31');
    expect(parseIsoDate('2021-02-29')).toBeNull();
    expect(codeOf(RuDateSchema, '31.02.1990')).toBe('date_format');
    expect(codeOf(RuDateSchema, '')).toBe('required');
  });

  it('adds years, moving 29 February to the 28th in a year without it', () => {
    expect(addYears('1990-05-17', 14)).toBe('2004-05-17');
    expect(addYears('2008-02-29', 14)).toBe('2022-02-28');
    expect(addYears('2008-02-29', 16)).toBe('2024-02-29');
    expect(addYears('2026-03-01', -120)).toBe('1906-03-01');
  });
});

describe('passport', () => {
  it('series: four digits, spaces as printed are dropped', () => {
    expect(v.parse(PassportSeriesSchema, '45 08')).toBe('4508');
    expect(v.parse(PassportSeriesSchema, '4508')).toBe('4508');
    expect(codeOf(PassportSeriesSchema, '450')).toBe('passport_series_format');
    expect(codeOf(PassportSeriesSchema, '45 0A')).toBe('passport_series_format');
    expect(codeOf(PassportSeriesSchema, ' ')).toBe('required');
  });

  it('number: six digits', () => {
    expect(v.parse(PassportNumberSchema, '123 456')).toBe('123456');
    expect(codeOf(PassportNumberSchema, '12345')).toBe('passport_number_format');
    expect(codeOf(PassportNumberSchema, '1234567')).toBe('passport_number_format');
  });

  it('division code: XXX-XXX, six bare digits are formatted', () => {
    expect(v.parse(DivisionCodeSchema, '770001')).toBe('770-001');
    expect(v.parse(DivisionCodeSchema, '770 001')).toBe('770-001');
    expect(v.parse(DivisionCodeSchema, '770-001')).toBe('770-001');
    for (const bad of ['77-0001', '7700011', '770_001', 'ABC-DEF']) {
      expect(normalizeDivisionCode(bad)).toBeNull();
      expect(codeOf(DivisionCodeSchema, bad)).toBe('division_code_format');
    }
  });
});

describe('names', () => {
  it.each([
    ['Иванов', 'Иванов'],
    ['  Салтыков   Щедрин ', 'Салтыков Щедрин'],
    ['Римский - Корсаков', 'Римский-Корсаков'],
    ['д’Артаньян', "д'Артаньян"],
    ["O'Neil", "O'Neil"],
    ['Ёлкина', 'Ёлкина'],
  ])('accepts %j as %j', (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
    expect(v.parse(PersonNameSchema, input)).toBe(expected);
  });

  it('reports one code per problem, in order', () => {
    expect(codeOf(PersonNameSchema, '   ')).toBe('required');
    expect(codeOf(PersonNameSchema, 'Я'.repeat(61))).toBe('too_long');
    expect(v.safeParse(PersonNameSchema, 'Я'.repeat(61)).issues).toHaveLength(1);
    expect(codeOf(PersonNameSchema, 'Иванов2')).toBe('name_chars');
    expect(codeOf(PersonNameSchema, 'Анна--Мария')).toBe('name_chars');
    expect(codeOf(PersonNameSchema, '-Анна')).toBe('name_chars');
    expect(codeOf(PersonNameSchema, 'Иванoв')).toBe('name_mixed_scripts'); // Latin «o»
    expect(codeOf(PersonNameSchema, 'Ван Berg')).toBeNull(); // separate words may differ
  });
});

describe('properties', () => {
  const anyText = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.stringMatching(/^[\d. -]{0,12}$/));

  it('no parser, formatter or schema throws for any string', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        parseRuDate(s);
        parseIsoDate(s);
        formatRuDate(s);
        normalizeName(s);
        normalizeDivisionCode(s);
        for (const schema of [RuDateSchema, PassportSeriesSchema, PassportNumberSchema, DivisionCodeSchema, PersonNameSchema]) {
          v.safeParse(schema, s);
        }
      }),
    );
  });

  it('every real calendar day round-trips through ДД.ММ.ГГГГ', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1800-01-01'), max: new Date('2200-12-31'), noInvalidDate: true }), (date) => {
        const iso = date.toISOString().slice(0, 10);
        const ru = formatRuDate(iso);
        expect(ru).toMatch(/^\d\d\.\d\d\.\d{4}$/);
        expect(parseRuDate(ru ?? '')).toBe(iso);
      }),
    );
  });

  it('an accepted name is trimmed, at most 60 characters, and accepted again unchanged', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.stringMatching(/^[А-Яа-я' -]{0,70}$/)), (s) => {
        const result = v.safeParse(PersonNameSchema, s);
        if (result.success) {
          expect(result.output).toBe(result.output.trim());
          expect(result.output.length).toBeLessThanOrEqual(60);
          expect(v.parse(PersonNameSchema, result.output)).toBe(result.output);
        }
      }),
    );
  });
});

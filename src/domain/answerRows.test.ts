import { describe, expect, it } from 'vitest';
import { answerGroups, answerRows } from './answerRows';
import { findService, SERVICES } from './catalog/services';

const criminal = SERVICES.find((s) => s.id === 'criminal-record-certificate')!;
const YES_NO: [string, string] = ['Да', 'Нет'];

describe('answerRows', () => {
  it('names each answer by its form label, options by their text, in form order under step headings', () => {
    const rows = answerRows(findService('residence-certificate'), { surname: 'Иванова', variant: 'residence', isOwner: 'yes' }, 'ru', YES_NO);
    expect(rows[0]).toEqual({ heading: 'Вид справки' });
    expect(rows[1]).toEqual({ label: 'Какая справка нужна', value: 'О месте жительства — для визы и учёбы' });
    expect(rows).toContainEqual({ label: 'Фамилия', value: 'Иванова' });
    expect(rows.findIndex((r) => 'label' in r && r.label === 'Фамилия')).toBeGreaterThan(1);
  });

  it('writes a date field as ДД.ММ.ГГГГ, the way it was typed, on every copy', () => {
    const rows = answerRows(criminal, { birthDate: '1990-03-05', purpose: 'visa', surname: 'Иванова' }, 'ru', YES_NO);
    const values = rows.flatMap((r) => ('label' in r ? [r.value] : []));
    expect(values).toContain('05.03.1990');
    expect(values.join(' ')).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(values[0]).toBe('Для визы или переезда за границу'); // form order: the purpose comes first
  });

  it('leaves a text field that merely looks like a date as typed', () => {
    const rows = answerRows(criminal, { surname: '2015-02-01' }, 'ru', YES_NO);
    expect(rows).toContainEqual({ label: expect.any(String), value: '2015-02-01' });
  });

  it('speaks English when asked, shows booleans as yes/no and answers the form no longer names by key', () => {
    const rows = answerRows(criminal, { purpose: 'work', consentX: true, oldDate: '2020-01-31' }, 'en', ['Yes', 'No']);
    expect(rows).toContainEqual({ label: expect.any(String), value: 'Employment' });
    expect(rows.slice(-2)).toEqual([
      { label: 'consentX', value: 'Yes' },
      { label: 'oldDate', value: '31.01.2020' },
    ]);
  });

  it('falls back to keys for an unknown service', () => {
    expect(answerRows(undefined, { a: true }, 'en', ['Yes', 'No'])).toEqual([{ label: 'a', value: 'Yes' }]);
  });
});

describe('answerGroups', () => {
  it('splits rows at their headings; rows before any heading form a group of their own', () => {
    expect(answerGroups([{ label: 'a', value: '1' }, { heading: 'H' }, { label: 'b', value: '2' }])).toEqual([
      { rows: [{ label: 'a', value: '1' }] },
      { heading: 'H', rows: [{ label: 'b', value: '2' }] },
    ]);
  });
});

describe('a structured address', () => {
  it('reads as one line in full words, once per address', () => {
    const service = findService('residence-certificate');
    const rows = answerRows(
      service,
      { surname: 'Иванова', region: 'город Москва', city: 'Москва', street: 'улица Тверская', house: '7', apartment: '12', postalIndex: '125009' },
      'ru',
      YES_NO,
    );
    expect(rows).toContainEqual({ label: 'Адрес', value: '125009, город Москва, улица Тверская, дом 7, квартира 12' });
    expect(rows.filter((row) => 'label' in row && row.label === 'Адрес')).toHaveLength(1);
    expect(rows.some((row) => 'label' in row && row.label === 'Улица')).toBe(false);
  });

  it('keeps its parts as rows while it has no city', () => {
    const rows = answerRows(findService('residence-certificate'), { street: 'улица Тверская' }, 'en', ['Yes', 'No']);
    expect(rows).toContainEqual({ label: 'Street', value: 'улица Тверская' });
  });
});

import { describe, expect, it } from 'vitest';
import { findService } from '../../domain/catalog/services';
import { answerRows } from './answerRows';

describe('answerRows', () => {
  it('names each answer by its form label, options by their text, in form order under step headings', () => {
    const rows = answerRows(findService('residence-certificate'), { surname: 'Иванова', variant: 'residence', isOwner: 'yes' }, 'ru', ['Да', 'Нет']);
    expect(rows[0]).toEqual({ heading: 'Вид справки' });
    expect(rows[1]).toEqual({ label: 'Какая справка нужна', value: 'О месте жительства — для визы и учёбы' });
    expect(rows).toContainEqual({ label: 'Фамилия', value: 'Иванова' });
    expect(rows.findIndex((r) => 'label' in r && r.label === 'Фамилия')).toBeGreaterThan(1);
  });

  it('falls back to raw keys for an unknown service', () => {
    expect(answerRows(undefined, { a: true }, 'en', ['Yes', 'No'])).toEqual([{ label: 'a', value: 'true' }]);
  });
});

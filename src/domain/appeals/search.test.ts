import { describe, expect, it } from 'vitest';
import { indexAppeals, searchAppeals, stem } from './search';
import type { AppealView } from './view';

const appeal = (id: string, subject: string, description: string, updatedAt = 1) => ({ id, number: `1000000${id}`, subject, description, updatedAt }) as AppealView;
const list = [
  appeal('1', 'Не выдают справку о составе семьи', 'Третий раз прошу справку, ответа нет.', 3),
  appeal('2', 'Ошибка при оплате пошлины', 'Карта списала деньги, а платёж не прошёл; упоминаю справку.', 2),
  appeal('3', 'Предложение по каталогу', 'Добавьте услугу по замене паспорта.', 1),
];
const ids = (q: string) => searchAppeals(indexAppeals(list), q).map((a) => a.id);

describe('appeal search', () => {
  it('finds word forms and ranks subject hits above description hits', () => {
    expect(stem('справки')).toBe(stem('справку'));
    expect(ids('справки')).toEqual(['1', '2']);
  });

  it('forgives one typo and needs every word', () => {
    expect(ids('пошлинны')).toEqual(['2']);
    expect(ids('справка паспорт')).toEqual([]);
  });

  it('finds by number and shows everything for an empty query', () => {
    expect(ids('10000003')).toEqual(['3']);
    expect(ids('  ')).toEqual(['1', '2', '3']);
  });
});

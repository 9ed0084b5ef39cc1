import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { sampleAppeal, sampleAppeals, SAMPLE_NOW } from '../../../test/fixtures/appealSamples';
import { indexAppeals, listAppeals, searchAppeals, stem } from './search';
import { AppealViewSchema, type AppealView } from './view';

const appeal = (id: string, subject: string, description: string, updatedAt = 1) =>
  ({ id, number: `1000000${id}`, subject, description, updatedAt }) as AppealView;
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

describe('appeal search over 5,000 appeals', () => {
  const many = sampleAppeals(5_000);
  const index = indexAppeals(many);

  it('the sample is what the device mirror keeps (each row passes the view schema)', () => {
    expect(many.every((a) => v.is(AppealViewSchema, a))).toBe(true);
  });

  it('a word form finds every appeal with that subject, and a number its one appeal', () => {
    const found = searchAppeals(index, 'квитанцией');
    expect(found.length).toBe(many.filter((a) => `${a.subject} ${a.description}`.includes('квитанци')).length);
    expect(found[0]!.subject).toContain('квитанции');
    expect(searchAppeals(index, many[4321]!.number).map((a) => a.id)).toEqual(['appeal-4321']);
  });
});

describe('«Мои обращения» filters', () => {
  const archived = { ...sampleAppeal(1), archivedAt: SAMPLE_NOW };
  const all = [sampleAppeal(0), archived, sampleAppeal(2)];
  let built = 0;
  const index = () => (built++, indexAppeals(all));
  const ids = (filter: Parameters<typeof listAppeals>[2]) => listAppeals(all, index, filter).map((a) => a.id);

  it('hides archived appeals unless the archive is asked for', () => {
    expect(ids({})).toEqual(['appeal-0', 'appeal-2']);
    expect(ids({ archive: true })).toEqual(['appeal-0', 'appeal-1', 'appeal-2']);
    expect(built).toBe(0); // no words, no index
  });

  it('narrows by status and type together with the search', () => {
    expect(ids({ status: sampleAppeal(2).status })).toEqual(['appeal-2']);
    expect(ids({ type: sampleAppeal(1).type, archive: true })).toEqual(['appeal-1']);
    expect(ids({ q: 'загранпаспорт', archive: true })).toEqual(['appeal-1']);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildIndex, normalize, search, withinOneEdit } from './search';
import type { Service } from './serviceSchema';
import { SERVICES as CATALOG } from './services';

const text = (ru: string, en = ru) => ({ ru, en });
function service(id: string, code: string, title: string, body = '', keywords: string[] = []): Service {
  return {
    id,
    code,
    title: text(title),
    summary: text(body || title),
    description: text(body || title),
    category: 'documents',
    kind: 'certificate',
    term: 'week',
    termDays: { min: 3, max: 10 },
    fee: null,
    whoMayApply: text('Граждане РФ'),
    identityLevel: 'confirmed',
    documents: [],
    results: ['electronic'],
    steps: [{ id: 'form', title: text('Заявление'), fields: [{ id: 'note', label: text('Текст'), control: 'text', rule: 'text', required: true }] }],
    keywords,
  };
}

const SERVICES = [
  service('passport', '10000000002', 'Замена паспорта гражданина', 'Паспорт меняют в 20 и 45 лет'),
  service('residence', '10000000001', 'Справка о месте жительства', 'Нужна для банка, визы или учёбы', ['прописка', 'форма 9']),
  service('foreign', '10000000003', 'Заграничный паспорт', 'Биометрический паспорт на 10 лет'),
  service('benefit', '10000000004', 'Выплата при рождении ребёнка', 'Единовременное пособие'),
  service('criminal', '10000000005', 'Справка об отсутствии судимости', 'Справка для работы'),
  service('bank-note', '10000000006', 'Месте жительства справка', 'Те же слова в другом порядке'),
];
const index = buildIndex(SERVICES, 'ru');
const ids = (query: string) => search(index, query).map((s) => s.id);

describe('catalog search', () => {
  it('puts an exact title first', () => {
    expect(ids('Справка о месте жительства')[0]).toBe('residence');
  });

  it('finds by the start of a word while typing', () => {
    expect(ids('загран')).toEqual(['foreign']);
    expect(ids('спр')).toEqual(expect.arrayContaining(['residence', 'criminal']));
  });

  it('forgives one typo in a longer word', () => {
    expect(ids('справак')).toEqual(expect.arrayContaining(['residence', 'criminal']));
    expect(ids('паспотр')[0]).toMatch(/passport|foreign/);
  });

  it('treats е and ё as the same letter', () => {
    expect(ids('ребенка')).toEqual(['benefit']);
    expect(ids('учёбы')).toEqual(['residence']);
    expect(normalize('Ёлка, ЁЖ!')).toBe('елка еж');
  });

  it('ranks title matches above description matches', () => {
    // «паспорт» is in both titles and in one description; the titles come first.
    const order = ids('паспорт');
    expect(order.slice(0, 2).sort()).toEqual(['foreign', 'passport']);
  });

  it('ranks words in the title’s own order higher', () => {
    const order = ids('справка месте жительства');
    expect(order.indexOf('residence')).toBeLessThan(order.indexOf('bank-note'));
  });

  it('ranks an exact keyword above a title word that merely starts with the query', () => {
    const withKeyword = [
      ...SERVICES,
      service('licence', '10000000007', 'Водительское удостоверение', 'Замена прав', ['права']),
      service('pension', '10000000008', 'Выписка о пенсионных правах'),
    ];
    const order = search(buildIndex(withKeyword, 'ru'), 'права').map((s) => s.id);
    expect(order[0]).toBe('licence');
  });

  it('needs every word to match somewhere, keywords included', () => {
    expect(ids('справка судимости')).toEqual(['criminal']);
    expect(ids('прописка')).toEqual(['residence']);
    expect(ids('справка луна')).toEqual([]);
  });

  it('finds a service by its registry code, whole or started', () => {
    expect(ids('10000000003')).toEqual(['foreign']);
    expect(ids('1000000000')).toHaveLength(6);
  });

  it('lists everything for an empty query', () => {
    expect(ids('   ')).toHaveLength(SERVICES.length);
  });

  it('never throws, whatever is typed', () => {
    fc.assert(fc.property(fc.string(), (query) => Array.isArray(search(index, query))));
  });
});

describe('one edit apart', () => {
  it.each([
    ['справка', 'справка', true],
    ['справак', 'справка', true],
    ['спраука', 'справка', true],
    ['справк', 'справка', true],
    ['справкаа', 'справка', true],
    ['сравак', 'справка', false],
    ['кот', 'кит', true],
    ['кот', 'коты', true],
    ['кот', 'коты!', false],
  ])('%s ~ %s → %s', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
  });

  it('finds services by the English words a visitor types (regression: «international passport» found nothing)', () => {
    const english = buildIndex(CATALOG, 'en');
    expect(search(english, 'international passport')[0]?.id).toBe('foreign-passport');
    expect(search(english, 'passport abroad')[0]?.id).toBe('foreign-passport');
    expect(search(english, 'fine')[0]?.id).toBe('fine-payment');
    expect(search(buildIndex(CATALOG, 'ru'), 'штраф')[0]?.id).toBe('fine-payment');
  });
});

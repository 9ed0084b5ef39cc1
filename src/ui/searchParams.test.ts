import { parseSearchWith, stringifySearchWith } from '@tanstack/router-core';
import { describe, expect, it } from 'vitest';
import { isoDate, listOf, number, on, oneOf, parseSearchValue, searchParams, text, uuid } from './searchParams';

describe('route search params', () => {
  const schema = searchParams({
    q: text(5),
    kind: oneOf(['a', 'b']),
    archive: on,
    day: isoDate,
    n: number(0, 10, true),
    ids: listOf(text(3), 2),
    id: uuid,
  });

  it('keeps well-formed parameters, numbers given as text included', () => {
    expect(
      schema({ q: 'abc', kind: 'b', archive: true, day: '2026-11-30', n: '7', ids: ['x', 'yz'], id: '0f8fad5b-d9cb-469f-a165-70867728950e' }),
    ).toEqual({
      q: 'abc',
      kind: 'b',
      archive: true,
      day: '2026-11-30',
      n: 7,
      ids: ['x', 'yz'],
      id: '0f8fad5b-d9cb-469f-a165-70867728950e',
    });
  });

  it('leaves out what is malformed or unknown instead of failing the page', () => {
    const parsed = schema({ q: 'too long', kind: 'c', archive: 'yes', day: '2026-13-01', n: 7.5, ids: ['x', 'long'], id: 'nope', extra: 1 });
    expect(parsed).toEqual({});
    // Set to undefined, not left out: the router spreads this over the raw search.
    expect(Object.keys(parsed)).toEqual(['q', 'kind', 'archive', 'day', 'n', 'ids', 'id']);
    expect(schema({ n: 11 })).toEqual({});
    expect(schema({ n: '-1' })).toEqual({});
    expect(schema({ ids: ['a', 'b', 'c'] })).toEqual({});
    expect(schema({ day: '2026-02-00' })).toEqual({});
  });

  it('checks a pattern over the whole value', () => {
    const back = text(20, /^\/(?![/\\])/);
    expect(back('/applications')).toBe('/applications');
    expect(back('//evil.example')).toBeUndefined();
    expect(back('https://evil.example')).toBeUndefined();
  });

  describe('in the address', () => {
    const parse = parseSearchWith(parseSearchValue);
    const stringify = stringifySearchWith(JSON.stringify, parseSearchValue);

    it('writes numbers and number-like text plainly, and reads them back as the checks want them', () => {
      const search = { uin: '18810177250001234567', q: '2024', code: '007', min: 100, radius: 0.5, word: 'паспорт' };
      const address = stringify(search);
      expect(address).toBe('?uin=18810177250001234567&q=2024&code=007&min=100&radius=0.5&word=%D0%BF%D0%B0%D1%81%D0%BF%D0%BE%D1%80%D1%82');
      const schema = searchParams({ uin: text(40), q: text(10), code: text(3), min: number(0, 1000), radius: number(0.5, 50), word: text(10) });
      expect(schema(parse(address))).toEqual(search);
    });

    it('keeps flags, lists and text that would read as JSON, and old quoted links still open', () => {
      const search = { archive: true, ids: ['a', 'b'], q: '"quoted"', list: '[1]', word: 'true' };
      expect(parse(stringify(search))).toEqual(search);
      expect(parse('?uin=%2218810177250001234567%22')).toEqual({ uin: '18810177250001234567' });
    });
  });
});

import { describe, expect, it } from 'vitest';
import { isoDate, listOf, number, on, oneOf, searchParams, text, uuid } from './searchParams';

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
});

import { describe, expect, it } from 'vitest';
import type { ApplicationView } from '../../domain/application';
import { CasesSearchSchema, filterCases } from './casesQuery';

const DAY = 86_400_000;
const base = Date.parse('2026-11-01T09:00:00.000Z');

function app(i: number, extra: Partial<ApplicationView> = {}): ApplicationView {
  return {
    id: `id${i}`,
    number: `2026-AAAA-${String(i).padStart(4, '2')}`,
    serviceId: i % 2 ? 'residence-certificate' : 'foreign-passport',
    status: i % 3 ? 'sent' : 'ready',
    submittedAt: base + i * DAY,
    updatedAt: base + (10 - i) * DAY,
    resultWay: 'electronic',
    answers: {},
    files: [],
    timeline: [],
    tracking: [],
    ...extra,
  };
}

const cases = Array.from({ length: 9 }, (_, i) => app(i + 1));

describe('filterCases', () => {
  it('filters by status, service and submission dates (Moscow days, both ends included)', () => {
    expect(
      filterCases(cases, { status: 'ready' })
        .map((c) => c.id)
        .sort(),
    ).toEqual(['id3', 'id6', 'id9']);
    expect(filterCases(cases, { service: 'foreign-passport' })).toHaveLength(4);
    expect(
      filterCases(cases, { from: '2026-11-03', to: '2026-11-04' })
        .map((c) => c.id)
        .sort(),
    ).toEqual(['id2', 'id3']);
  });

  it('finds by a loosely typed part of the number', () => {
    expect(filterCases(cases, { q: 'aaaa 2225' }).map((c) => c.id)).toEqual(['id5']);
  });

  it('sorts by last change, newest or oldest', () => {
    expect(filterCases(cases, {})[0]!.id).toBe('id1');
    expect(filterCases(cases, { sort: 'newest' })[0]!.id).toBe('id9');
    expect(filterCases(cases, { sort: 'oldest' })[0]!.id).toBe('id1');
  });

  it('drops malformed search params instead of failing the page', () => {
    expect(CasesSearchSchema({ status: 'bogus', from: '1.1.2026', sort: 'x', q: 'ab' })).toEqual({
      status: undefined,
      service: undefined,
      from: undefined,
      to: undefined,
      q: 'ab',
      sort: undefined,
    });
  });
});

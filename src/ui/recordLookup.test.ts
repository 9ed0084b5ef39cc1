import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { ru } from '../i18n/ru';
import { isMissing, MISSING_BACK } from './recordLookup';

const query = (state: { loading?: boolean; error?: unknown; value?: unknown }) => ({
  loading: () => state.loading ?? false,
  error: () => state.error,
  value: () => state.value,
});

describe('isMissing', () => {
  it('says «not found» only once the mirror answered with nothing', () => {
    expect(isMissing(query({ value: undefined }))).toBe(true);
    expect(isMissing(query({ value: null }))).toBe(true);
  });
  it('is not «not found» while reading, after a read error, or with a record', () => {
    expect(isMissing(query({ loading: true }))).toBe(false);
    expect(isMissing(query({ error: new Error('IndexedDB is closed') }))).toBe(false);
    expect(isMissing(query({ value: { id: 'a' } }))).toBe(false);
  });
});

describe('the not-found page texts', () => {
  it('lead each kind back to its own list, with a heading, an explanation and a link text in both languages', () => {
    expect(MISSING_BACK).toEqual({ application: '/applications', receipt: '/payments', appeal: '/appeals', booking: '/bookings' });
    for (const kind of Object.keys(MISSING_BACK) as (keyof typeof MISSING_BACK)[]) {
      for (const dictionary of [ru, en]) {
        const text = dictionary.missing[kind];
        expect(text.title.length).toBeGreaterThan(5);
        expect(text.text.length).toBeGreaterThan(40);
        expect(text.back.length).toBeGreaterThan(5);
      }
      expect(ru.missing[kind].title).not.toBe(en.missing[kind].title);
    }
  });
});

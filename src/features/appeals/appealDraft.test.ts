import { describe, expect, it } from 'vitest';
import { isBegun, newDraft } from './appealDraft';

describe('isBegun', () => {
  const prefilled = newDraft({ 'contacts.name': 'Мария Иванова', priority: 'medium', type: 'complaint' });

  it('is false for no draft and for one holding only what the form filled in itself', () => {
    expect(isBegun(null)).toBe(false);
    expect(isBegun(undefined)).toBe(false);
    expect(isBegun(prefilled)).toBe(false);
    expect(isBegun({ ...prefilled, values: { ...prefilled.values, subject: '   ' } })).toBe(false);
  });

  it('is true once a page was passed or a subject or text was typed', () => {
    expect(isBegun({ ...prefilled, step: 1 })).toBe(true);
    expect(isBegun({ ...prefilled, values: { ...prefilled.values, subject: 'Очередь в МФЦ' } })).toBe(true);
    expect(isBegun({ ...prefilled, values: { ...prefilled.values, description: 'Ждал два часа' } })).toBe(true);
  });
});

import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { fieldCodes } from '../validationCodes';
import { HoursChangeSchema, HoursFormSchema, minuteOf } from './hoursChange';

describe('minuteOf', () => {
  it('reads HH:MM and nothing else', () => {
    expect(minuteOf('09:30')).toBe(570);
    expect(minuteOf(' 18:00 ')).toBe(1080);
    expect(minuteOf('00:00')).toBe(0);
    for (const bad of ['24:00', '9:30', '09:60', '', 'noon']) expect(minuteOf(bad)).toBeNull();
  });
});

describe('the hours form', () => {
  const codes = (input: unknown) => {
    const result = v.safeParse(HoursFormSchema, input);
    return result.success ? result.output : fieldCodes(result.issues);
  };
  it('gives the hours in minutes, or null for a closed day', () => {
    expect(codes({ open: '09:00', close: '15:00', reason: ' Санитарный день ' })).toEqual({
      hours: { open: 540, close: 900 },
      reason: 'Санитарный день',
    });
    expect(codes({ closed: true, open: 'x', reason: 'Праздник' })).toEqual({ hours: null, reason: 'Праздник' });
  });
  it('names a wrong time, closing before opening and a missing reason', () => {
    expect(codes({ open: '09:00', close: '25:00', reason: 'Санитарный день' })).toEqual({ close: 'hours_time' });
    expect(codes({ open: '18:00', close: '09:00', reason: 'Санитарный день' })).toEqual({ close: 'hours_order' });
    expect(codes({ open: '09:00', close: '18:00', reason: 'да' })).toEqual({ reason: 'hours_reason' });
  });
  it('is what the server checks too', () => {
    expect(v.is(HoursChangeSchema, { date: '2026-12-03', hours: null, reason: { ru: 'да', en: 'да' } })).toBe(false);
  });
});

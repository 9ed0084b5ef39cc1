import { describe, expect, it } from 'vitest';
import { officeById } from './offices';
import { instantOf, isOpenAt, localDate, localMinute, scheduleOn } from './officeTime';

const mfcMoscow = officeById('mos-mfc-1')!;
const mfcVlad = officeById('vla-mfc-1')!;

describe('office time', () => {
  it('turns local wall-clock times into UTC by the city offset', () => {
    expect(new Date(instantOf('2026-12-01', 9 * 60, 180)).toISOString()).toBe('2026-12-01T06:00:00.000Z');
    expect(new Date(instantOf('2026-12-01', 9 * 60, 600)).toISOString()).toBe('2026-11-30T23:00:00.000Z');
    expect(localDate(Date.parse('2026-11-30T23:00:00Z'), 600)).toBe('2026-12-01');
    expect(localMinute(Date.parse('2026-11-30T23:00:00Z'), 600)).toBe(540);
  });

  it('the same instant is open in Moscow and closed in Vladivostok', () => {
    const at = Date.parse('2026-12-01T15:00:00Z'); // Tue 18:00 Moscow, Wed 01:00 Vladivostok
    expect(isOpenAt(mfcMoscow, at)).toBe(true);
    expect(isOpenAt(mfcVlad, at)).toBe(false);
  });

  it('public holidays close even Saturday offices; exceptions win over the week', () => {
    expect(scheduleOn(mfcMoscow, '2026-11-04').hours).toBeNull(); // National Unity Day
    expect(scheduleOn(mfcMoscow, '2026-12-05').hours).toEqual({ open: 600, close: 1020 }); // a Saturday
    expect(scheduleOn(mfcMoscow, '2026-12-06').hours).toBeNull(); // Sunday
    expect(scheduleOn(mfcMoscow, '2026-12-09')).toMatchObject({ hours: null, exception: { en: 'Cleaning day' } });
    expect(scheduleOn(officeById('mos-registry-10')!, '2026-12-27').hours).toEqual({ open: 600, close: 960 });
  });

  it('lunch breaks are closed', () => {
    const migration = officeById('mos-migration-5')!;
    expect(isOpenAt(migration, instantOf('2026-12-01', 13 * 60 + 10, 180))).toBe(false);
    expect(isOpenAt(migration, instantOf('2026-12-01', 14 * 60, 180))).toBe(true);
  });
});

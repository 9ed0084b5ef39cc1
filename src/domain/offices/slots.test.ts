import { describe, expect, it } from 'vitest';
import { officeById } from './offices';
import { instantOf, localDate, localMinute } from './officeTime';
import { bookingCapacity, firstFreeSlot, freeSlots, isFreeSlot, windowSlots, type HeldSlot } from './slots';

const NOW = Date.parse('2026-11-30T07:00:00Z'); // Monday 10:00 in Moscow, 17:00 in Vladivostok
const mfcMoscow = officeById('mos-mfc-1')!;
const mfcVlad = officeById('vla-mfc-1')!;
const mfcEkb = officeById('yek-mfc-1')!;

describe('slot engine', () => {
  it('lays the grid in the office’s time zone: 08:00 local is 05:00 UTC in Moscow, 22:00 UTC the day before in Vladivostok', () => {
    const moscow = freeSlots({ office: mfcMoscow, serviceId: 'passport', now: NOW, held: [], fromDate: '2026-12-01', toDate: '2026-12-01' }).get(
      '2026-12-01',
    )!;
    expect(new Date(moscow[0]!.startsAt).toISOString()).toBe('2026-12-01T05:00:00.000Z');
    const vlad = freeSlots({ office: mfcVlad, serviceId: 'passport', now: NOW, held: [], fromDate: '2026-12-01', toDate: '2026-12-01' }).get(
      '2026-12-01',
    )!;
    expect(new Date(vlad[0]!.startsAt).toISOString()).toBe('2026-11-30T22:00:00.000Z');
    const ekb = freeSlots({ office: mfcEkb, serviceId: 'passport', now: NOW, held: [], fromDate: '2026-12-01', toDate: '2026-12-01' }).get(
      '2026-12-01',
    )!;
    expect(new Date(ekb[0]!.startsAt).toISOString()).toBe('2026-12-01T03:00:00.000Z');
    // 15-minute visits from 08:00 to 20:00: 48 slots, the last at 19:45 local.
    expect(moscow).toHaveLength(48);
    expect(localMinute(moscow.at(-1)!.startsAt, 180)).toBe(19 * 60 + 45);
  });

  it('only inside hours and working days: no Sunday, no holiday, no exception day, no lunch break', () => {
    const days = freeSlots({ office: mfcMoscow, serviceId: 'passport', now: NOW, held: [], fromDate: '2026-12-05', toDate: '2026-12-09' });
    expect([...days.keys()]).toEqual(['2026-12-05', '2026-12-07', '2026-12-08']); // Sat short day, Sun closed, Wed 9 Dec cleaning day
    expect(days.get('2026-12-05')).toHaveLength(28); // 10:00–17:00
    const migration = officeById('mos-migration-5')!;
    const day = freeSlots({ office: migration, serviceId: 'passport', now: NOW, held: [], fromDate: '2026-12-01', toDate: '2026-12-01' }).get(
      '2026-12-01',
    )!;
    const starts = day.map((s) => localMinute(s.startsAt, 180));
    expect(starts.filter((m) => m < 13 * 60 + 45 && m + 15 > 13 * 60)).toEqual([]); // lunch 13:00–13:45
    expect(starts).toContain(12 * 60 + 45);
    expect(starts).toContain(13 * 60 + 45);
    const newYear = windowSlots(mfcMoscow, 'passport', Date.parse('2026-12-30T07:00:00Z'), []);
    expect([...newYear.keys()].some((d) => d >= '2027-01-01' && d <= '2027-01-08')).toBe(false);
  });

  it('an exception can open a usual day off (a Sunday at the wedding palace)', () => {
    const palace = officeById('mos-registry-10')!;
    const days = freeSlots({ office: palace, serviceId: 'marriage', now: NOW, held: [], fromDate: '2026-12-27', toDate: '2026-12-28' });
    expect([...days.keys()]).toEqual(['2026-12-27']);
  });

  it('keeps to the booking window: not within the hour, not beyond 30 days', () => {
    const slots = windowSlots(mfcMoscow, 'passport', NOW, []);
    const all = [...slots.values()].flat();
    expect(all[0]!.startsAt).toBeGreaterThanOrEqual(NOW + 3_600_000);
    expect(all[0]!.startsAt).toBe(Date.parse('2026-11-30T08:00:00Z')); // 11:00 Moscow
    expect(all.at(-1)!.startsAt).toBeLessThanOrEqual(NOW + 30 * 86_400_000);
  });

  it('a slot is taken when the booking windows are full; freeing one makes it bookable again', () => {
    const at = instantOf('2026-12-01', 9 * 60, 180);
    const held: HeldSlot[] = Array.from({ length: bookingCapacity(mfcMoscow) }, () => ({ officeId: mfcMoscow.id, startsAt: at }));
    expect(isFreeSlot(mfcMoscow, 'passport', at, NOW, held)).toBe(false);
    expect(isFreeSlot(mfcMoscow, 'passport', at, NOW, held.slice(1))).toBe(true);
    expect(isFreeSlot(mfcMoscow, 'passport', at + 60_000, NOW, [])).toBe(false); // not on the grid
  });

  it('a doctor has one patient per slot and works half the day; the first free slot skips taken ones', () => {
    const clinic = officeById('mos-clinic-14')!;
    const [morning, afternoon] = clinic.doctors!;
    const first = firstFreeSlot(clinic, 'doctor', NOW, [], morning!.id)!;
    expect(localDate(first.startsAt, 180)).toBe('2026-11-30');
    expect(localMinute(first.startsAt, 180)).toBe(11 * 60);
    const next = firstFreeSlot(clinic, 'doctor', NOW, [{ officeId: clinic.id, startsAt: first.startsAt, doctorId: morning!.id }], morning!.id)!;
    expect(next.startsAt).toBe(first.startsAt + 20 * 60_000);
    expect(localMinute(firstFreeSlot(clinic, 'doctor', NOW, [], afternoon!.id)!.startsAt, 180)).toBe(14 * 60);
  });

  it('answers nothing for a service the office does not give', () => {
    expect(windowSlots(mfcMoscow, 'marriage', NOW, []).size).toBe(0);
  });
});

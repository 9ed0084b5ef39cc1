import { describe, expect, it } from 'vitest';
import { OFFICES } from '../../domain/offices/offices';
import { distanceKm, filterOffices, placeSuggestions } from './officeFilter';

const TUESDAY_NOON_MOSCOW = Date.parse('2026-12-01T09:00:00Z'); // 19:00 in Vladivostok
const SUNDAY = Date.parse('2026-12-06T09:00:00Z');

describe('office filters', () => {
  it('any of several services, in one city', () => {
    const found = filterOffices(OFFICES, { services: ['marriage', 'vehicle'], city: 'moscow' }, TUESDAY_NOON_MOSCOW);
    expect(new Set(found.map((o) => o.kind))).toEqual(new Set(['registry', 'traffic']));
    expect(found.every((o) => o.city === 'moscow')).toBe(true);
  });

  it('open now follows the simulated clock and each office’s time zone', () => {
    const open = filterOffices(OFFICES, { open: true }, TUESDAY_NOON_MOSCOW);
    expect(open.some((o) => o.city === 'moscow')).toBe(true);
    expect(open.some((o) => o.city === 'vladivostok' && o.kind === 'clinic')).toBe(true); // clinics until 20:00
    expect(open.some((o) => o.city === 'vladivostok' && o.kind === 'migration')).toBe(false); // closed at 18:00
    expect(filterOffices(OFFICES, { open: true, services: ['passport'] }, SUNDAY)).toEqual([]);
  });

  it('a radius around the city centre or a marked point; text by district or street, ё or е', () => {
    const near = filterOffices(OFFICES, { city: 'moscow', radius: 2 }, TUESDAY_NOON_MOSCOW);
    expect(near.length).toBeGreaterThan(0);
    expect(near.every((o) => distanceKm({ lat: 55.7558, lon: 37.6173 }, o.position) <= 2)).toBe(true);
    expect(filterOffices(OFFICES, { q: 'лесная' }, 0).map((o) => o.id)).toEqual(['mos-mfc-1']);
    expect(filterOffices(OFFICES, { q: 'Верх-Исетский' }, 0).map((o) => o.id)).toEqual(['yek-mfc-3']);
    expect(filterOffices(OFFICES, { online: true }, 0).every((o) => o.onlineBooking)).toBe(true);
  });

  it('suggests districts, streets and names', () => {
    expect(placeSuggestions(OFFICES, 'фрунз', 'ru')).toContain('Фрунзенский');
    expect(placeSuggestions(OFFICES, 'лес', 'ru')).toContain('ул. Лесная');
    expect(placeSuggestions(OFFICES, 'a', 'en')).toEqual([]);
  });
});

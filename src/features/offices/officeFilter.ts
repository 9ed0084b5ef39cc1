// Which offices match the filters: services (any of several), city, a district/street/name text, a
// radius around a point, open now on the simulated clock, online booking. Pure, for the page and tests.
import { CITIES, cityOf } from '../../domain/offices/cities';
import type { Office } from '../../domain/offices/officeSchema';
import { isOpenAt } from '../../domain/offices/officeTime';
import type { OfficesSearch } from './officesSearch';

const EARTH_KM = 6371;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in km. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const h = Math.sin(rad(b.lat - a.lat) / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lon - a.lon) / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.sqrt(h));
}

const fold = (text: string) => text.toLowerCase().replace(/ё/g, 'е');

function placeText(office: Office): string {
  const city = cityOf(office.city);
  return fold(
    [
      office.name.ru,
      office.name.en,
      office.district.ru,
      office.district.en,
      office.address.street.ru,
      office.address.street.en,
      city.name.ru,
      city.name.en,
    ].join(' '),
  );
}

/** The point the radius is measured from: the marked one, or the centre of the chosen city. */
export function radiusPoint(search: OfficesSearch): { lat: number; lon: number } | undefined {
  if (search.lat !== undefined && search.lon !== undefined) return { lat: search.lat, lon: search.lon };
  return search.city ? cityOf(search.city).centre : undefined;
}

export function filterOffices(offices: readonly Office[], search: OfficesSearch, now: number): Office[] {
  const words = fold(search.q ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const point = search.radius !== undefined ? radiusPoint(search) : undefined;
  return offices.filter((office) => {
    if (search.city && office.city !== search.city) return false;
    if (search.services?.length && !search.services.some((s) => office.services.includes(s as never))) return false;
    if (search.online && !office.onlineBooking) return false;
    if (words.length && !words.every((word) => placeText(office).includes(word))) return false;
    if (point && distanceKm(point, office.position) > search.radius!) return false;
    return !(search.open && !isOpenAt(office, now));
  });
}

/** Suggestions for the place field: districts, streets and names that contain what was typed. */
export function placeSuggestions(offices: readonly Office[], typed: string, locale: 'ru' | 'en', limit = 8): string[] {
  const needle = fold(typed.trim());
  if (needle.length < 2) return [];
  const found = new Set<string>();
  for (const city of CITIES) for (const district of city.districts) if (fold(district[locale]).includes(needle)) found.add(district[locale]);
  for (const office of offices) {
    for (const text of [office.address.street[locale], office.name[locale]]) if (fold(text).includes(needle)) found.add(text);
  }
  return [...found].slice(0, limit);
}

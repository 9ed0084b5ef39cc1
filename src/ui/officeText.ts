// Small formatting helpers of the offices pages: local times in an office's zone, hours, addresses.
import { cityOf } from '../domain/offices/cities';
import type { DayHours, Office } from '../domain/offices/officeSchema';
import { hhmm } from '../domain/offices/officeTime';
import { fill, locale } from '../i18n/i18n';
import { officesTexts } from '../i18n/lazy/offices';

const formats = new Map<string, Intl.DateTimeFormat>();
function format(zone: string, options: Intl.DateTimeFormatOptions, key: string): Intl.DateTimeFormat {
  const id = `${locale()}|${zone}|${key}`;
  let f = formats.get(id);
  if (!f) formats.set(id, (f = new Intl.DateTimeFormat(locale() === 'ru' ? 'ru-RU' : 'en-GB', { ...options, timeZone: zone })));
  return f;
}

export const zoneOf = (office: Pick<Office, 'city'>) => cityOf(office.city).timeZone;
export const officeDateTime = (office: Office, at: number) => format(zoneOf(office), { dateStyle: 'long', timeStyle: 'short' }, 'dt').format(at);
export const officeTime = (office: Office, at: number) => format(zoneOf(office), { timeStyle: 'short' }, 't').format(at);
export const localDayText = (date: string) =>
  format('UTC', { day: 'numeric', month: 'long', weekday: 'short' }, 'd').format(Date.parse(`${date}T12:00:00Z`));

export function addressText(office: Office): string {
  const l = locale();
  return `${cityOf(office.city).name[l]}, ${office.address.street[l]}, ${office.address.house}`;
}

export function hoursText(hours: DayHours | null): string {
  if (!hours) return officesTexts().offices.card.closedDay;
  const base = `${hhmm(hours.open)}–${hhmm(hours.close)}`;
  return hours.breakFrom === undefined
    ? base
    : `${base}, ${fill(officesTexts().offices.card.lunch, { from: hhmm(hours.breakFrom), to: hhmm(hours.breakTo!) })}`;
}

/** The device's zone differs from the office's: say so next to times. */
export function zoneDiffers(office: Office, at: number): boolean {
  const device = new Date(at).getTimezoneOffset();
  return -device !== cityOf(office.city).utcOffsetMin;
}

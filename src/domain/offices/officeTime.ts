// Local time of an office: wall-clock dates and minutes at a fixed UTC offset, and the hours it keeps
// on a given date (its week, then public holidays, then its own exceptions, which win).
import { addCalendarDays, isPublicHoliday } from '../calendar';
import { cityOf } from './cities';
import type { DayHours, Office } from './officeSchema';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

export function offsetOf(office: Pick<Office, 'city'>): number {
  return cityOf(office.city).utcOffsetMin;
}

/** The office's local calendar date of an instant, «YYYY-MM-DD». */
export function localDate(at: number, offsetMin: number): string {
  return new Date(at + offsetMin * MINUTE_MS).toISOString().slice(0, 10);
}

/** Minutes after local midnight of an instant. */
export function localMinute(at: number, offsetMin: number): number {
  return Math.floor(((((at + offsetMin * MINUTE_MS) % DAY_MS) + DAY_MS) % DAY_MS) / MINUTE_MS);
}

/** The UTC instant of a local date and minute. */
export function instantOf(date: string, minute: number, offsetMin: number): number {
  return Date.parse(`${date}T00:00:00.000Z`) + (minute - offsetMin) * MINUTE_MS;
}

/** «HH:MM» of minutes after midnight. */
export function hhmm(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

/** Monday = 0. */
function weekdayOf(date: string): number {
  return (new Date(`${date}T00:00:00.000Z`).getUTCDay() + 6) % 7;
}

export interface DaySchedule {
  hours: DayHours | null;
  /** Why this day differs from the usual week, when it does. */
  exception?: Office['exceptions'][number]['reason'];
  holiday: boolean;
}

export function scheduleOn(office: Pick<Office, 'week' | 'exceptions'>, date: string): DaySchedule {
  const exception = office.exceptions.find((e) => e.date === date);
  const holiday = isPublicHoliday(date);
  if (exception) return { hours: exception.hours, exception: exception.reason, holiday };
  return { hours: holiday ? null : (office.week[weekdayOf(date)] ?? null), holiday };
}

/** Open at this instant: inside the day's hours and not on the lunch break. */
export function isOpenAt(office: Office, at: number): boolean {
  const offset = offsetOf(office);
  const { hours } = scheduleOn(office, localDate(at, offset));
  if (!hours) return false;
  const minute = localMinute(at, offset);
  if (minute < hours.open || minute >= hours.close) return false;
  return !(hours.breakFrom !== undefined && minute >= hours.breakFrom && minute < hours.breakTo!);
}

export { addCalendarDays };

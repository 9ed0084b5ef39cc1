// The department's business-day calendar: Moscow time (UTC+3 all year), working hours 9:00–18:00,
// weekends and the public holidays of the Labour Code. Simplified on purpose: a fixed holiday that falls
// on a weekend moves to the next working day (the New Year holidays do not move), and the government's
// yearly decree on swapped days is not modelled. Everything here is arithmetic on milliseconds.

const MOSCOW_OFFSET_MS = 3 * 3_600_000;
const DAY_MS = 86_400_000;
export const WORK_START_HOUR = 9;
export const WORK_END_HOUR = 18;

/** Month-day of each public holiday (Labour Code art. 112). */
const FIXED_HOLIDAYS = ['01-01', '01-02', '01-03', '01-04', '01-05', '01-06', '01-07', '01-08', '02-23', '03-08', '05-01', '05-09', '06-12', '11-04'];
const NEW_YEAR_PREFIX = '01-0';

/** Moscow calendar date of an instant, as «YYYY-MM-DD». */
export function moscowDate(at: number): string {
  return new Date(at + MOSCOW_OFFSET_MS).toISOString().slice(0, 10);
}

/** «ДД.ММ.ГГГГ ЧЧ:ММ» (with «:СС» when asked) in Moscow time, as documents print it. */
export function formatMoscowDateTime(at: number, seconds = false): string {
  const iso = new Date(at + MOSCOW_OFFSET_MS).toISOString();
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)} ${iso.slice(11, seconds ? 19 : 16)}`;
}

/** The instant of hour:minute Moscow time on a «YYYY-MM-DD» date. */
export function moscowTime(date: string, hour: number, minute = 0): number {
  return Date.parse(`${date}T00:00:00.000Z`) - MOSCOW_OFFSET_MS + hour * 3_600_000 + minute * 60_000;
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function isWeekend(date: string): boolean {
  const day = new Date(`${date}T00:00:00.000Z`).getUTCDay();
  return day === 0 || day === 6;
}

const holidayCache = new Map<number, Set<string>>();

/** Non-working days of a year besides weekends, with the weekend transfers applied. */
export function holidaysOf(year: number): Set<string> {
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const days = new Set(FIXED_HOLIDAYS.map((md) => `${year}-${md}`));
  for (const md of FIXED_HOLIDAYS) {
    const date = `${year}-${md}`;
    if (md.startsWith(NEW_YEAR_PREFIX) || !isWeekend(date)) continue;
    let moved = addDays(date, 1);
    while (isWeekend(moved) || days.has(moved)) moved = addDays(moved, 1);
    days.add(moved);
  }
  holidayCache.set(year, days);
  return days;
}

/** A public holiday (or the day it moved to); offices that work on Saturdays still close on these. */
export function isPublicHoliday(date: string): boolean {
  return holidaysOf(Number(date.slice(0, 4))).has(date);
}

export function isWorkingDay(date: string): boolean {
  return !isWeekend(date) && !holidaysOf(Number(date.slice(0, 4))).has(date);
}

/** The first working day strictly after `date`, `count` times over. */
export function addWorkingDays(date: string, count: number): string {
  let day = date;
  for (let left = count; left > 0;) {
    day = addDays(day, 1);
    if (isWorkingDay(day)) left -= 1;
  }
  return day;
}

/** `at` itself when the department is open then, otherwise the start of its next working day. */
export function nextWorkingMoment(at: number): number {
  const date = moscowDate(at);
  if (isWorkingDay(date)) {
    if (at < moscowTime(date, WORK_START_HOUR)) return moscowTime(date, WORK_START_HOUR);
    if (at < moscowTime(date, WORK_END_HOUR)) return at;
  }
  return moscowTime(addWorkingDays(date, 1), WORK_START_HOUR);
}

/** Working time after `at`: `minutes` of open hours later, carried over closed hours and days off. */
export function addWorkingMinutes(at: number, minutes: number): number {
  let moment = nextWorkingMoment(at);
  let left = minutes * 60_000;
  for (;;) {
    const close = moscowTime(moscowDate(moment), WORK_END_HOUR);
    if (moment + left < close) return moment + left;
    left -= close - moment;
    moment = moscowTime(addWorkingDays(moscowDate(moment), 1), WORK_START_HOUR);
  }
}

/** hour:minute Moscow time on the `days`-th working day after the day of `at`. */
export function workingDaysLater(at: number, days: number, hour: number, minute = 0): number {
  return moscowTime(addWorkingDays(moscowDate(at), days), hour, minute);
}

/** The same day `months` later, clamped to the month's last day (31 January + 1 month = 28/29 February). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const day = Math.min(d, new Date(Date.UTC(year, month, 0)).getUTCDate());
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function addCalendarDays(date: string, days: number): string {
  return addDays(date, days);
}

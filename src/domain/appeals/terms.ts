// Term arithmetic on the business calendar: when a term that starts at an instant ends, when the clerk
// is warned, and how a pause (documents awaited) pushes the end. Pure arithmetic, no clock.
import {
  addCalendarDays,
  addWorkingDays,
  addWorkingMinutes,
  isWorkingDay,
  moscowDate,
  moscowTime,
  nextWorkingMoment,
  WORK_END_HOUR,
  WORK_START_HOUR,
} from '../calendar';
import type { Term, TermUnit } from './kinds';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** The end of a day term is the close of business on its last day; a day off moves it to the next working day. */
function closeOf(date: string): number {
  let day = date;
  while (!isWorkingDay(day)) day = addCalendarDays(day, 1);
  return moscowTime(day, WORK_END_HOUR);
}

/** When a term started at `start` runs out. */
export function termEnd(start: number, term: Term): number {
  switch (term.unit) {
    case 'calendar_days':
      return closeOf(addCalendarDays(moscowDate(start), term.amount));
    case 'working_days':
      return moscowTime(addWorkingDays(moscowDate(start), term.amount), WORK_END_HOUR);
    case 'hours':
      return start + term.amount * HOUR_MS;
    case 'working_hours':
      return addWorkingMinutes(start, term.amount * 60);
    case 'minutes':
      return start + term.amount * 60_000;
  }
}

function previousWorkingDays(date: string, count: number): string {
  let day = date;
  for (let left = count; left > 0;) {
    day = addCalendarDays(day, -1);
    if (isWorkingDay(day)) left -= 1;
  }
  return day;
}

/** The moment `term` before `end`: when the department is warned. */
export function termBefore(end: number, term: Term): number {
  switch (term.unit) {
    case 'calendar_days':
      return end - term.amount * DAY_MS;
    case 'working_days':
      return moscowTime(previousWorkingDays(moscowDate(end), term.amount), WORK_START_HOUR);
    case 'hours':
    case 'working_hours':
      return end - term.amount * HOUR_MS;
    case 'minutes':
      return end - term.amount * 60_000;
  }
}

/** Open hours of the department between two instants, in minutes. */
export function workingMinutesBetween(from: number, to: number): number {
  let total = 0;
  let moment = nextWorkingMoment(from);
  while (moment < to) {
    const close = moscowTime(moscowDate(moment), WORK_END_HOUR);
    total += Math.min(close, to) - moment;
    moment = nextWorkingMoment(close);
  }
  return Math.round(total / 60_000);
}

/**
 * The end pushed by a pause from `from` to `to`: calendar terms by the pause's length, working terms by
 * the open hours the pause took, so a pause over a weekend costs the department nothing extra.
 */
export function pushByPause(end: number, unit: TermUnit, from: number, to: number): number {
  if (to <= from) return end;
  if (unit === 'calendar_days' || unit === 'hours' || unit === 'minutes') return end + (to - from);
  const minutes = workingMinutesBetween(from, to);
  // From a minute before the end, so a whole working day lands on the next close, not the morning after.
  return minutes === 0 ? end : addWorkingMinutes(end - 60_000, minutes) + 60_000;
}

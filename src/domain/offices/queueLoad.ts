// Queue load at an office, made up from a seed and the simulated clock: the same office at the same
// minute always shows the same queue, on every device and in every test run. The day has a shape —
// quieter from 10 to 12, busiest over lunch and after work — with seeded noise on top.
import { seededRandom } from '../seededRandom';
import type { Office } from './officeSchema';
import { isOpenAt, localDate, localMinute, offsetOf, scheduleOn } from './officeTime';

/** The waiting target for a visitor without booking (minutes); longer means «высокая загрузка». */
export const WAIT_TARGET_MIN = 15;
/** Minutes a window spends on one visitor, on average. */
const MINUTES_PER_VISITOR = 12;
const BUCKET_MIN = 10;

/** How busy each local hour tends to be, 1 = ordinary. */
function hourShape(hour: number): number {
  if (hour >= 10 && hour < 12) return 0.6;
  if (hour >= 12 && hour < 14) return 1.7;
  if (hour >= 17) return 1.4;
  return 1;
}

export interface QueueLoad {
  waiting: number;
  averageWaitMin: number;
  windowsOpen: number;
  windowsBusy: number;
  windowsFree: number;
  high: boolean;
}

function loadAtMinute(office: Office, date: string, minute: number): QueueLoad {
  const bucket = Math.floor(minute / BUCKET_MIN);
  const random = seededRandom(`${office.id}:${date}:${bucket}`);
  const windowsOpen = Math.max(1, office.windows - Math.floor(random() * 2));
  const waiting = Math.round(windowsOpen * 0.8 * hourShape(Math.floor(minute / 60)) * (0.5 + random()));
  const windowsBusy = Math.min(windowsOpen, waiting + Math.floor(random() * 2));
  const averageWaitMin = Math.round((waiting * MINUTES_PER_VISITOR) / windowsOpen);
  return { waiting, averageWaitMin, windowsOpen, windowsBusy, windowsFree: windowsOpen - windowsBusy, high: averageWaitMin > WAIT_TARGET_MIN };
}

/** The queue at an instant, or null when the office is closed then. */
export function queueLoadAt(office: Office, at: number): QueueLoad | null {
  if (!isOpenAt(office, at)) return null;
  const offset = offsetOf(office);
  return loadAtMinute(office, localDate(at, offset), localMinute(at, offset));
}

/** The day's load hour by hour (people waiting at half past), for the small chart; empty when closed. */
export function dayLoad(office: Office, date: string): { hour: number; waiting: number; high: boolean }[] {
  const { hours } = scheduleOn(office, date);
  if (!hours) return [];
  const result = [];
  for (let hour = Math.floor(hours.open / 60); hour * 60 < hours.close; hour++) {
    const minute = Math.max(hours.open, Math.min(hours.close - 1, hour * 60 + 30));
    const load = loadAtMinute(office, date, minute);
    result.push({ hour, waiting: load.waiting, high: load.high });
  }
  return result;
}

/** A booked visitor is called within this long of arriving (the target for visitors with a booking). */
export const BOOKED_WAIT_TARGET_MIN = 5;

/**
 * Place in line of a booked visitor who arrived at `arrivedAt`, at `now`: a seeded few people ahead
 * (booked visitors go first, so never many), one leaving every minute or so; 1 means «you are next».
 */
/** The line as the office keeps it: the place it wrote (1 = next) and the wait that place means. */
export function placeAt(place: number): { place: number; waitMin: number } {
  return { place, waitMin: Math.min(BOOKED_WAIT_TARGET_MIN, Math.ceil((place * 75) / 60)) };
}

export function placeInLine(ticket: string, arrivedAt: number, now: number): { place: number; waitMin: number } {
  const ahead = 1 + Math.floor(seededRandom(`queue:${ticket}:${arrivedAt}`)() * 4);
  const served = Math.floor(Math.max(0, now - arrivedAt) / 75_000);
  const place = Math.max(1, ahead - served);
  return { place, waitMin: Math.min(BOOKED_WAIT_TARGET_MIN, Math.ceil((place * 75) / 60)) };
}

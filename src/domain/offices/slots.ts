// The slot engine: which times an office (or one of its doctors) can still take for a visit. Pure and
// synchronous: the page runs it on the device's copy of the offices, the server runs it again to check.
// Slots are UTC instants; the office's hours are local, so the grid is laid in the office's time zone.
import { visitService } from './kinds';
import type { DayHours, Doctor, Office } from './officeSchema';
import { addCalendarDays, instantOf, localDate, offsetOf, scheduleOn } from './officeTime';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** The nearest bookable start: at least an hour from now, so the office can prepare. */
export const BOOK_MIN_AHEAD_MS = HOUR_MS;
/** The furthest: 30 days ahead. */
export const BOOK_MAX_AHEAD_MS = 30 * DAY_MS;

/** A booking that holds a slot: the engine needs only where, when and with whom. */
export interface HeldSlot {
  officeId: string;
  startsAt: number;
  doctorId?: string;
}

export interface Slot {
  startsAt: number;
  endsAt: number;
  /** Places left at this time (windows kept for bookings, or 1 for a doctor). */
  left: number;
}

/** Half the windows serve those who come without booking; the rest take bookings. */
export function bookingCapacity(office: Office): number {
  return Math.max(1, Math.floor(office.windows / 2));
}

/** A doctor works one half of the clinic's day: the first doctor of a pair mornings, the second afternoons. */
export function doctorHours(office: Office, doctor: Doctor, hours: DayHours): DayHours {
  const index = office.doctors?.indexOf(doctor) ?? 0;
  const middle = Math.round((hours.open + hours.close) / 120) * 60;
  return index % 2 === 0 ? { open: hours.open, close: middle } : { open: middle, close: hours.close };
}

/** Local start minutes of a day's grid: every `minutes` from opening, ending by closing, none in the break. */
export function dayGrid(hours: DayHours, minutes: number): number[] {
  const starts: number[] = [];
  for (let m = hours.open; m + minutes <= hours.close; m += minutes) {
    if (hours.breakFrom !== undefined && m < hours.breakTo! && m + minutes > hours.breakFrom) continue;
    starts.push(m);
  }
  return starts;
}

export interface SlotQuery {
  office: Office;
  serviceId: string;
  doctorId?: string;
  now: number;
  /** Local dates, first and last (inclusive). */
  fromDate: string;
  toDate: string;
  held: readonly HeldSlot[];
}

function counts(held: readonly HeldSlot[], officeId: string, doctorId: string | undefined): Map<number, number> {
  const map = new Map<number, number>();
  for (const h of held) {
    if (h.officeId !== officeId || (doctorId !== undefined && h.doctorId !== doctorId)) continue;
    map.set(h.startsAt, (map.get(h.startsAt) ?? 0) + 1);
  }
  return map;
}

/** Free slots by local date, inside the booking window, in time order. Days with none are left out. */
export function freeSlots(query: SlotQuery): Map<string, Slot[]> {
  const { office, now } = query;
  const service = visitService(query.serviceId);
  const result = new Map<string, Slot[]>();
  if (!service || !office.services.includes(service.id as never)) return result;
  const doctor = query.doctorId === undefined ? undefined : office.doctors?.find((d) => d.id === query.doctorId);
  if (query.doctorId !== undefined && !doctor) return result;
  const capacity = doctor ? 1 : bookingCapacity(office);
  const taken = counts(query.held, office.id, doctor?.id);
  const offset = offsetOf(office);
  const earliest = now + BOOK_MIN_AHEAD_MS;
  const latest = now + BOOK_MAX_AHEAD_MS;
  const step = service.minutes * 60_000;
  for (let date = query.fromDate; date <= query.toDate; date = addCalendarDays(date, 1)) {
    const { hours } = scheduleOn(office, date);
    if (!hours) continue;
    const day: Slot[] = [];
    const midnight = instantOf(date, 0, offset);
    if (midnight + DAY_MS < earliest || midnight > latest) continue;
    for (const minute of dayGrid(doctor ? doctorHours(office, doctor, hours) : hours, service.minutes)) {
      const startsAt = midnight + minute * 60_000;
      if (startsAt < earliest || startsAt > latest) continue;
      const left = capacity - (taken.get(startsAt) ?? 0);
      if (left > 0) day.push({ startsAt, endsAt: startsAt + step, left });
    }
    if (day.length) result.set(date, day);
  }
  return result;
}

/** The booking window in the office's local dates, from today to the last day a slot may fall on. */
export function windowDates(office: Pick<Office, 'city'>, now: number): { fromDate: string; toDate: string } {
  const offset = offsetOf(office);
  return { fromDate: localDate(now + BOOK_MIN_AHEAD_MS, offset), toDate: localDate(now + BOOK_MAX_AHEAD_MS, offset) };
}

/** Every free slot in the whole booking window. */
export function windowSlots(office: Office, serviceId: string, now: number, held: readonly HeldSlot[], doctorId?: string): Map<string, Slot[]> {
  return freeSlots({ office, serviceId, doctorId, now, held, ...windowDates(office, now) });
}

/** «Первый доступный слот»: the earliest free slot in the window, or undefined. */
export function firstFreeSlot(office: Office, serviceId: string, now: number, held: readonly HeldSlot[], doctorId?: string): Slot | undefined {
  const first = windowSlots(office, serviceId, now, held, doctorId).values().next();
  return first.done ? undefined : first.value[0];
}

/** Is this exact start a free slot of the office (and doctor) now? */
export function isFreeSlot(office: Office, serviceId: string, startsAt: number, now: number, held: readonly HeldSlot[], doctorId?: string): boolean {
  const date = localDate(startsAt, offsetOf(office));
  const day = freeSlots({ office, serviceId, doctorId, now, held, fromDate: date, toDate: date }).get(date) ?? [];
  return day.some((slot) => slot.startsAt === startsAt);
}

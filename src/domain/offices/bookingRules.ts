// The rules of booking, changing and cancelling a visit, as pure checks that answer with the reason
// for a refusal. The page asks them before sending; the server asks them again before writing.
import { CHANGE_CLOSES_MS, HOLDING, PENDING_HOLD_MS, type BookingStatus } from './booking';
import { visitService } from './kinds';
import type { Office } from './officeSchema';
import { BOOK_MAX_AHEAD_MS, BOOK_MIN_AHEAD_MS, isFreeSlot, type HeldSlot } from './slots';

export type BookingRefusal =
  | 'unknown_office'
  | 'not_offered'
  | 'no_online_booking'
  | 'unknown_doctor'
  | 'too_soon'
  | 'too_far'
  | 'not_free'
  | 'overlap'
  | 'same_service'
  | 'too_late'
  | 'not_active';

/** What the rules need to know about a booking. */
export interface BookingFacts extends HeldSlot {
  id: string;
  serviceId: string;
  endsAt: number;
  status: BookingStatus;
  createdAt: number;
  /** For a doctor: whose visit and to which specialty («no two for one service» is per patient and specialty). */
  patientPolicy?: string;
  specialty?: string;
}

/** Still holding its slot at `now`: pending bookings let go after a while unless confirmed. */
export function holdsSlot(booking: Pick<BookingFacts, 'status' | 'createdAt'>, now: number): boolean {
  if (!HOLDING.includes(booking.status)) return false;
  return booking.status !== 'pending' || now < booking.createdAt + PENDING_HOLD_MS;
}

function sameService(a: BookCheck['wanted'], b: BookingFacts): boolean {
  if (a.serviceId !== b.serviceId) return false;
  if (a.serviceId !== 'doctor') return true;
  return a.patientPolicy === b.patientPolicy && a.specialty === b.specialty;
}

export interface BookCheck {
  office: Office | undefined;
  wanted: Omit<BookingFacts, 'id' | 'status' | 'createdAt' | 'endsAt'>;
  now: number;
  /** The citizen's own bookings (the one being changed left out). */
  mine: readonly BookingFacts[];
  /** Every booking that holds a slot at this office (the one being changed left out). */
  held: readonly HeldSlot[];
}

/** Why this new visit may not be booked, or null when it may. */
export function refuseBooking({ office, wanted, now, mine, held }: BookCheck): BookingRefusal | null {
  if (!office) return 'unknown_office';
  const service = visitService(wanted.serviceId);
  if (!service || !office.services.includes(service.id as never)) return 'not_offered';
  if (!office.onlineBooking) return 'no_online_booking';
  if (service.id === 'doctor' && !office.doctors?.some((d) => d.id === wanted.doctorId)) return 'unknown_doctor';
  if (wanted.startsAt < now + BOOK_MIN_AHEAD_MS) return 'too_soon';
  if (wanted.startsAt > now + BOOK_MAX_AHEAD_MS) return 'too_far';
  if (!isFreeSlot(office, service.id, wanted.startsAt, now, held, wanted.doctorId)) return 'not_free';
  const endsAt = wanted.startsAt + service.minutes * 60_000;
  const active = mine.filter((b) => holdsSlot(b, now));
  if (active.some((b) => sameService(wanted, b))) return 'same_service';
  if (active.some((b) => b.startsAt < endsAt && wanted.startsAt < b.endsAt)) return 'overlap';
  return null;
}

/** Changes and cancellations: only an active booking, and only 24 hours or more before the visit. */
export function refuseChangeOrCancel(booking: Pick<BookingFacts, 'status' | 'createdAt' | 'startsAt'>, now: number): BookingRefusal | null {
  if (!holdsSlot(booking, now) || booking.status === 'arrived') return 'not_active';
  if (booking.startsAt - now < CHANGE_CLOSES_MS) return 'too_late';
  return null;
}

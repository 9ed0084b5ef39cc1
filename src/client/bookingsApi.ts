// The citizen's calls about bookings. Pages read bookings from the device's mirror (live queries); the
// change feed keeps the mirror in step, and every answer of a write goes to the mirror at once.
import * as v from 'valibot';
import { apiGet, apiPost, ApiRequestError } from './api';
import { mirrorBookings } from './repos/bookingsRepo';
import { BookingViewSchema, type BookingView, type ChangeBooking, type NewBooking } from '../domain/offices/booking';
import { AvailabilitySchema, type Availability } from '../domain/offices/officeAnswers';

const id = (value: string) => encodeURIComponent(value);

async function mirrored(accountId: string, request: Promise<BookingView>): Promise<BookingView> {
  const booking = await request;
  await mirrorBookings(accountId, [booking]);
  return booking;
}

export const createBooking = (accountId: string, input: NewBooking) => mirrored(accountId, apiPost('/bookings', input, BookingViewSchema));
export const confirmBooking = (accountId: string, bookingId: string) =>
  mirrored(accountId, apiPost(`/bookings/${id(bookingId)}/confirm`, {}, BookingViewSchema));
export const changeBooking = (accountId: string, bookingId: string, input: ChangeBooking) =>
  mirrored(accountId, apiPost(`/bookings/${id(bookingId)}/change`, input, BookingViewSchema));
export const cancelBooking = (accountId: string, bookingId: string) =>
  mirrored(accountId, apiPost(`/bookings/${id(bookingId)}/cancel`, {}, BookingViewSchema));
export const arriveBooking = (accountId: string, bookingId: string) =>
  mirrored(accountId, apiPost(`/bookings/${id(bookingId)}/arrive`, {}, BookingViewSchema));

export type { Availability } from '../domain/offices/officeAnswers';

/** Slots others hold and hours changed since publication; null when the server cannot be reached. */
export async function readAvailability(officeIds: readonly string[]): Promise<Availability | null> {
  try {
    return await apiGet(`/offices/availability?ids=${officeIds.map(id).join(',')}`, AvailabilitySchema);
  } catch (error) {
    if (error instanceof ApiRequestError && error.status >= 400 && error.status < 500) throw error;
    return null;
  }
}

/** The simulated clock's time now; the device's own clock when the server cannot say. */
export async function readSimNow(): Promise<number> {
  try {
    return (await apiGet('/_sim/clock', v.object({ nowMs: v.number() }))).nowMs;
  } catch {
    return Date.now();
  }
}

// «Мои записи» as a pure query: upcoming visits first (soonest first), then the past ones (latest first).
// Kept apart from the page so the bench can time it with 1,000 bookings.
import type { BookingView } from '../../domain/offices/booking';

const UPCOMING = new Set(['pending', 'confirmed', 'arrived']);

export interface SortedBookings {
  upcoming: BookingView[];
  past: BookingView[];
}

export function sortBookings(bookings: readonly BookingView[], now: number): SortedBookings {
  const upcoming: BookingView[] = [];
  const past: BookingView[] = [];
  for (const booking of bookings) (UPCOMING.has(booking.status) && booking.endsAt > now ? upcoming : past).push(booking);
  upcoming.sort((a, b) => a.startsAt - b.startsAt);
  past.sort((a, b) => b.startsAt - a.startsAt);
  return { upcoming, past };
}

/** Sample bookings for the bench and tests: spread over a year around `now`, all statuses. */
export function sampleBookings(count: number, now: number): BookingView[] {
  const statuses = ['confirmed', 'served', 'cancelled', 'no_show', 'pending'] as const;
  return Array.from({ length: count }, (_, i) => {
    const startsAt = now + (i - count / 2) * 6 * 3_600_000;
    return {
      id: `b${i}`,
      ticket: `МФ-${String(i).padStart(4, '0')}`,
      officeId: i % 2 ? 'mos-mfc-1' : 'yek-mfc-1',
      serviceId: 'passport',
      startsAt,
      endsAt: startsAt + 900_000,
      status: statuses[i % statuses.length]!,
      comment: '',
      createdAt: now,
      updatedAt: now,
      sequence: 0,
    };
  });
}

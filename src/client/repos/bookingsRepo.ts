// The device's mirror of the account's bookings, filled from the change feed (and by the answer of each
// write made here), so «Мои записи» and the ticket with its QR code open offline. Rows whose data no longer fits the schema are skipped on read.
import * as v from 'valibot';
import { BookingViewSchema, type BookingView } from '../../domain/offices/booking';
import { getDb } from '../database';
import { openRow, openRows, sealRow } from '../vault/rowSeal';
import { defineMirror } from '../mirrors/defineMirror';
import type { BookingRow } from '../rows';

const rowOf = (accountId: string, booking: BookingView): BookingRow => ({
  id: booking.id,
  accountId,
  status: booking.status,
  updatedAt: booking.updatedAt,
  startsAt: booking.startsAt,
  data: booking,
});

/** Filled by the change feed: a booking made or changed anywhere (another tab, the office) arrives here. */
export const bookingsMirror = defineMirror({
  entity: 'booking',
  table: 'bookings',
  schema: BookingViewSchema,
  toRow: (accountId, view) => rowOf(accountId, view),
});

export async function mirrorBookings(accountId: string, bookings: readonly BookingView[]): Promise<void> {
  if (bookings.length === 0) return;
  const rows = await Promise.all(bookings.map((booking) => sealRow('bookings', rowOf(accountId, booking))));
  await getDb().bookings.bulkPut(rows);
}

const parse = (row: BookingRow | undefined): BookingView | undefined => {
  const parsed = row && v.safeParse(BookingViewSchema, row.data);
  return parsed?.success ? parsed.output : undefined;
};

export async function listMirroredBookings(accountId: string): Promise<BookingView[]> {
  const rows = await openRows(await getDb().bookings.where('[accountId+startsAt]').between([accountId, -Infinity], [accountId, Infinity]).toArray());
  return rows.flatMap((row) => parse(row) ?? []);
}

export async function readMirroredBooking(accountId: string, id: string): Promise<BookingView | undefined> {
  const row = await getDb().bookings.get(id);
  return row?.accountId === accountId ? parse(await openRow(row)) : undefined;
}

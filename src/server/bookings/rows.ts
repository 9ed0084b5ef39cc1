// Server rows of bookings and of the offices' own schedule changes (made in the operator console).
import type { BookingView } from '../../domain/offices/booking';
import type { Office } from '../../domain/offices/officeSchema';

export interface BookingRow extends BookingView {
  accountId: string;
  /** For the «one booking per service» rule of doctor visits: per patient and specialty. */
  patientPolicy?: string;
  specialty?: string;
  /** The 24-hour reminder went out (catch-up on read, delivered once). */
  remindedAt?: number;
}

/** A day's hours the office changed after the data was published; the newest per office and date wins. */
export interface OfficeChangeRow {
  id?: number;
  officeId: string;
  at: number;
  exception: Office['exceptions'][number];
}

// A booking as the server shows it and the device mirrors it. The same schema checks the server's
// answers on the page and the mirror's rows on import.
import * as v from 'valibot';
import { VISIT_SERVICE_IDS } from './kinds';

export const BOOKING_STATUSES = ['pending', 'confirmed', 'arrived', 'served', 'no_show', 'cancelled', 'expired'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];
/** Statuses that still hold their slot. */
export const HOLDING: readonly BookingStatus[] = ['pending', 'confirmed', 'arrived'];
/** A booking not confirmed within this time lets its slot go (simulated minutes). */
export const PENDING_HOLD_MS = 15 * 60_000;
/** Changes and cancellations close this long before the visit. */
export const CHANGE_CLOSES_MS = 24 * 3_600_000;

/** Notices about bookings in the notification centre. */
export type BookingNoticeKind = 'booking_confirmed' | 'booking_reminder' | 'booking_cancelled' | 'booking_office_changed';

export const PatientSchema = v.object({
  forWhom: v.picklist(['self', 'child']),
  name: v.pipe(v.string(), v.trim(), v.minLength(3), v.maxLength(120)),
  birthDate: v.pipe(v.string(), v.isoDate()),
  policy: v.pipe(v.string(), v.regex(/^\d{16}$/)),
});
export type Patient = v.InferOutput<typeof PatientSchema>;

export const BookingViewSchema = v.object({
  id: v.string(),
  /** The ticket number shown at the office and in the QR code, e.g. «МФ-0427». */
  ticket: v.string(),
  officeId: v.string(),
  serviceId: v.picklist(VISIT_SERVICE_IDS),
  doctorId: v.optional(v.string()),
  startsAt: v.number(),
  endsAt: v.number(),
  status: v.picklist(BOOKING_STATUSES),
  comment: v.string(),
  patient: v.optional(PatientSchema),
  /** The application this visit belongs to, when a service booked it. */
  caseDraftId: v.optional(v.string()),
  createdAt: v.number(),
  updatedAt: v.number(),
  /** iCalendar SEQUENCE: grows with every change the citizen's calendar must follow. */
  sequence: v.number(),
  /** The reason the office gave when it changed its hours and this visit moved or was cancelled. */
  notice: v.optional(v.string()),
  /** Electronic queue after arrival. */
  /** Electronic queue after arrival; `place` (1 = next) is rewritten by the office whenever the line moves. */
  queue: v.optional(v.object({ arrivedAt: v.number(), number: v.string(), place: v.optional(v.number()) })),
});
export type BookingView = v.InferOutput<typeof BookingViewSchema>;

export const BookingListSchema = v.object({ bookings: v.array(BookingViewSchema), asOf: v.number() });

export const NewBookingSchema = v.object({
  officeId: v.pipe(v.string(), v.maxLength(40)),
  serviceId: v.picklist(VISIT_SERVICE_IDS),
  doctorId: v.optional(v.pipe(v.string(), v.maxLength(40))),
  startsAt: v.pipe(v.number(), v.integer()),
  comment: v.optional(v.pipe(v.string(), v.maxLength(500)), ''),
  patient: v.optional(PatientSchema),
  caseDraftId: v.optional(v.pipe(v.string(), v.maxLength(80))),
});
export type NewBooking = v.InferOutput<typeof NewBookingSchema>;

export const ChangeBookingSchema = v.object({
  officeId: v.pipe(v.string(), v.maxLength(40)),
  doctorId: v.optional(v.pipe(v.string(), v.maxLength(40))),
  startsAt: v.pipe(v.number(), v.integer()),
});
export type ChangeBooking = v.InferOutput<typeof ChangeBookingSchema>;

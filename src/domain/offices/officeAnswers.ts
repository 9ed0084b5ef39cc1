// What the offices API answers beyond a single booking: one office's day for the clerk, and the slots
// others hold with changed hours for the booking calendar. One schema each, used by the page that reads
// the answer and by the API contract (src/domain/answers.ts).
import * as v from 'valibot';
import { LocalTextSchema } from '../catalog/localText';
import { BookingViewSchema } from './booking';
import { DayHoursSchema } from './officeSchema';

export const OfficeDaySchema = v.object({
  officeId: v.string(),
  date: v.string(),
  schedule: v.object({ hours: v.nullable(DayHoursSchema), exception: v.optional(LocalTextSchema), holiday: v.boolean() }),
  bookings: v.array(BookingViewSchema),
  asOf: v.number(),
});
export type OfficeDay = v.InferOutput<typeof OfficeDaySchema>;

export const AvailabilitySchema = v.object({
  offices: v.array(
    v.object({
      id: v.string(),
      held: v.array(v.object({ officeId: v.string(), startsAt: v.number(), doctorId: v.optional(v.string()) })),
      exceptions: v.array(v.object({ date: v.string(), hours: v.nullable(DayHoursSchema), reason: LocalTextSchema })),
    }),
  ),
  asOf: v.number(),
});
export type Availability = v.InferOutput<typeof AvailabilitySchema>;

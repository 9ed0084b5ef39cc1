// What an office is, as data checked by a schema: where it is, when it is open, what it offers.
// Hours are local wall-clock minutes in the office's own time zone; the slot engine turns them into UTC.
import * as v from 'valibot';
import { LocalTextSchema } from '../catalog/localText';
import { OFFICE_KINDS, SPECIALTIES, VISIT_SERVICE_IDS } from './kinds';

const Minute = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(24 * 60));
const IsoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));

/** Open from..to in minutes after local midnight; a lunch break, when there is one, inside it. */
export const DayHoursSchema = v.pipe(
  v.object({ open: Minute, close: Minute, breakFrom: v.optional(Minute), breakTo: v.optional(Minute) }),
  v.check((h) => h.open < h.close, 'An office opens before it closes'),
  v.check((h) => (h.breakFrom === undefined) === (h.breakTo === undefined), 'A break has a start and an end'),
  v.check(
    (h) => h.breakFrom === undefined || (h.open < h.breakFrom && h.breakFrom < h.breakTo! && h.breakTo! < h.close),
    'The break lies inside the hours',
  ),
);
export type DayHours = v.InferOutput<typeof DayHoursSchema>;

export const DoctorSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)),
  name: LocalTextSchema,
  specialty: v.picklist(SPECIALTIES),
  room: v.pipe(v.string(), v.nonEmpty()),
});
export type Doctor = v.InferOutput<typeof DoctorSchema>;

export const OfficeSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)),
  kind: v.picklist(OFFICE_KINDS),
  name: LocalTextSchema,
  city: v.picklist(['moscow', 'yekaterinburg', 'vladivostok']),
  district: LocalTextSchema,
  address: v.object({
    postcode: v.pipe(v.string(), v.regex(/^\d{6}$/)),
    street: LocalTextSchema,
    house: v.pipe(v.string(), v.nonEmpty()),
  }),
  /** Latitude and longitude (degrees): distances for the radius filter and the plan's layout. */
  position: v.object({ lat: v.pipe(v.number(), v.minValue(41), v.maxValue(70)), lon: v.pipe(v.number(), v.minValue(19), v.maxValue(180)) }),
  phone: v.pipe(v.string(), v.regex(/^\+7 \(\d{3}\) \d{3}-\d{2}-\d{2}$/)),
  /** Monday first; null is a closed day. Public holidays close every office. */
  week: v.pipe(v.array(v.nullable(DayHoursSchema)), v.length(7)),
  /** Days that differ from the week: shortened, closed, or open on a day off. */
  exceptions: v.array(v.object({ date: IsoDate, hours: v.nullable(DayHoursSchema), reason: LocalTextSchema })),
  services: v.pipe(v.array(v.picklist(VISIT_SERVICE_IDS)), v.minLength(1)),
  windows: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(40)),
  onlineBooking: v.boolean(),
  doctors: v.optional(v.array(DoctorSchema)),
});
export type Office = v.InferOutput<typeof OfficeSchema>;
export type CityId = Office['city'];

// The doctor's appointment page's address: city, kind of clinic, specialty, clinic, and the booking
// being moved. Kept apart from the page so the route table pulls in no office data.
import * as v from 'valibot';

const opt = <S extends v.GenericSchema>(schema: S) => v.fallback(v.optional(schema), undefined);

export const DoctorSearchSchema = v.object({
  city: opt(v.picklist(['moscow', 'yekaterinburg', 'vladivostok'])),
  kind: opt(v.picklist(['adult', 'children'])),
  specialty: opt(v.picklist(['therapist', 'paediatrician', 'dentist', 'ophthalmologist', 'surgeon'])),
  clinic: opt(v.pipe(v.string(), v.maxLength(40))),
  /** Moving an existing doctor's booking: its id. */
  change: opt(v.pipe(v.string(), v.maxLength(60))),
});
export type DoctorSearch = v.InferOutput<typeof DoctorSearchSchema>;

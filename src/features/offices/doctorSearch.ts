// The doctor's appointment page's address: city, kind of clinic, specialty, clinic, and the booking
// being moved. Kept apart from the page so the route table pulls in no office data.
import { oneOf, searchParams, text } from '../../ui/searchParams';

export const DoctorSearchSchema = searchParams({
  city: oneOf(['moscow', 'yekaterinburg', 'vladivostok']),
  kind: oneOf(['adult', 'children']),
  specialty: oneOf(['therapist', 'paediatrician', 'dentist', 'ophthalmologist', 'surgeon']),
  clinic: text(40),
  /** Moving an existing doctor's booking: its id. */
  change: text(60),
});
export type DoctorSearch = ReturnType<typeof DoctorSearchSchema>;

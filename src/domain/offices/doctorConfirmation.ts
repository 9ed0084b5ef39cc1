// What the printable confirmation of a doctor's appointment says, built from the booking and the clinic:
// clinic, address, doctor, specialty, date and time in the clinic's zone, room, patient and the policy
// masked to its last four digits. Pure, so the page and the tests build the very same PDF input; every
// word of it comes from the caller's dictionary.
import type { LocalText } from '../catalog/localText';
import type { BookingView } from './booking';
import { cityOf } from './cities';
import type { Office } from './officeSchema';
import { maskPolicy } from './patient';

export interface DoctorConfirmationLabels {
  simulationNote: string;
  title: string;
  ticket: string;
  clinic: string;
  address: string;
  phone: string;
  doctor: string;
  specialty: string;
  date: string;
  time: string;
  /** «{time}, местное время ({city})» */
  localTime: string;
  room: string;
  patient: string;
  birthDate: string;
  policy: string;
  notes: string[];
  qrHint: string;
}

export interface DoctorConfirmationInput {
  title: string;
  simulationNote: string;
  ticket: string;
  rows: [string, string][];
  notes: string[];
  qr: string;
  qrHint: string;
  language: 'ru' | 'en';
}

const fillIn = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (all, key: string) => values[key] ?? all);
const isoToRu = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

/** The date (ДД.ММ.ГГГГ) and time (ЧЧ:ММ) of an instant on the clinic's wall clock. */
export function clinicDateTime(office: Pick<Office, 'city'>, at: number): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: cityOf(office.city).timeZone,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { date: `${part('day')}.${part('month')}.${part('year')}`, time: `${part('hour')}:${part('minute')}` };
}

export function doctorConfirmation(
  booking: BookingView,
  office: Office,
  labels: DoctorConfirmationLabels,
  language: 'ru' | 'en',
  specialtyName: (s: string) => string,
): DoctorConfirmationInput {
  const doctor = office.doctors?.find((d) => d.id === booking.doctorId);
  if (!doctor || !booking.patient) throw new Error('Not a doctor’s appointment');
  const text = (t: LocalText) => t[language];
  const when = clinicDateTime(office, booking.startsAt);
  const city = cityOf(office.city).name[language];
  return {
    title: labels.title,
    simulationNote: labels.simulationNote,
    ticket: `${labels.ticket}: ${booking.ticket}`,
    rows: [
      [labels.clinic, text(office.name)],
      [labels.address, `${office.address.postcode}, ${city}, ${text(office.address.street)}, ${office.address.house}`],
      [labels.phone, office.phone],
      [labels.doctor, text(doctor.name)],
      [labels.specialty, specialtyName(doctor.specialty)],
      [labels.date, when.date],
      [labels.time, fillIn(labels.localTime, { time: when.time, city })],
      [labels.room, doctor.room],
      [labels.patient, booking.patient.name],
      [labels.birthDate, isoToRu(booking.patient.birthDate)],
      [labels.policy, maskPolicy(booking.patient.policy)],
    ],
    notes: labels.notes,
    qr: `okno:booking:${booking.id}:${booking.ticket}`,
    qrHint: labels.qrHint,
    language,
  };
}

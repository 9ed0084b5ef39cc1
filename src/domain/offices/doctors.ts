// Choosing a doctor: the clinics of a city by kind and specialty, the patient's own clinic first, and
// each specialist's free dates and hours side by side. Pure: the page and the tests run the same code,
// the slot engine (slots.ts) decides what is free and the server checks it again.
import type { CityId, Doctor, Office } from './officeSchema';
import { cityOf } from './cities';
import type { Specialty } from './kinds';
import { windowSlots, type HeldSlot, type Slot } from './slots';

export const CLINIC_KINDS = ['adult', 'children'] as const;
export type ClinicKind = (typeof CLINIC_KINDS)[number];

/** The published data has no separate flag: a children's clinic is named so («Детская поликлиника»). */
export function clinicKindOf(office: Pick<Office, 'name'>): ClinicKind {
  return office.name.ru.startsWith('Детская') ? 'children' : 'adult';
}

export interface ClinicQuery {
  offices: readonly Office[];
  city: CityId;
  kind?: ClinicKind;
  specialty?: Specialty;
}

/** Clinics of the city that take online bookings, of the kind and with a doctor of the specialty asked. */
export function clinicsFor(query: ClinicQuery): Office[] {
  return query.offices.filter(
    (o) =>
      o.kind === 'clinic' &&
      o.city === query.city &&
      o.onlineBooking &&
      (!query.kind || clinicKindOf(o) === query.kind) &&
      (!query.specialty || (o.doctors ?? []).some((d) => d.specialty === query.specialty)),
  );
}

/** Distance in km, flat-earth: within one city the error is far below what ordering needs. */
function kmBetween(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const x = (b.lon - a.lon) * Math.cos(((a.lat + b.lat) / 2) * (Math.PI / 180));
  return Math.hypot(x, b.lat - a.lat) * 111.2;
}

export interface OwnClinic {
  clinics: Office[];
  /** The clinic put first, and why: the profile's attachment, or the nearest to the city centre. */
  own?: Office;
  reason?: 'attached' | 'nearest';
}

/** The patient's own clinic first: the attached one when it is among these, else the nearest to the centre. */
export function ownClinicFirst(clinics: readonly Office[], city: CityId, attachedId?: string): OwnClinic {
  if (!clinics.length) return { clinics: [] };
  const centre = cityOf(city).centre;
  const byDistance = [...clinics].sort((a, b) => kmBetween(centre, a.position) - kmBetween(centre, b.position));
  const attached = byDistance.find((o) => o.id === attachedId);
  const own = attached ?? byDistance[0]!;
  return { clinics: [own, ...byDistance.filter((o) => o !== own)], own, reason: attached ? 'attached' : 'nearest' };
}

export interface DoctorColumn {
  doctor: Doctor;
  days: Map<string, Slot[]>;
}

/** Every doctor of the specialty with their free slots in the booking window. */
export function doctorColumns(office: Office, specialty: Specialty, now: number, held: readonly HeldSlot[]): DoctorColumn[] {
  return (office.doctors ?? [])
    .filter((d) => d.specialty === specialty)
    .map((doctor) => ({ doctor, days: windowSlots(office, 'doctor', now, held, doctor.id) }));
}

/** Dates on which at least one of the doctors is free, in order: the rows of the side-by-side table. */
export function sharedDates(columns: readonly DoctorColumn[]): string[] {
  return [...new Set(columns.flatMap((c) => [...c.days.keys()]))].sort();
}

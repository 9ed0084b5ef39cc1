// Links between applications and offices (issue 14, point 5): which catalog services book a real visit
// in the application wizard, which offices can take that visit, and where a paper result is collected.
// Pure data lookups: the wizard and the server ask the same questions and must get the same answers.
import type { CityId, Office } from './officeSchema';
import type { VisitServiceId } from './kinds';
import { officeById, OFFICES } from './offices';

/** Catalog services whose wizard books a visit through the booking engine instead of fixed lists. */
export const WIZARD_VISITS: Readonly<Record<string, VisitServiceId>> = {
  'driving-licence': 'driving-licence',
  'marriage-registration': 'marriage',
  // The passport desk (МФЦ or the migration service) takes fingerprints and the photo in person.
  'internal-passport': 'passport',
  'foreign-passport': 'foreign-passport',
};

export function wizardVisit(serviceId: string): VisitServiceId | undefined {
  return WIZARD_VISITS[serviceId];
}

/** Offices of a city that take online bookings for the visit. */
export function bookableOffices(visit: VisitServiceId, city: CityId): Office[] {
  return OFFICES.filter((o) => o.city === city && o.onlineBooking && o.services.includes(visit));
}

/**
 * Offices where a paper result «в МФЦ» may be collected: every office that hands out ready documents,
 * and the office of the application's own visit first (the licence is handed over there).
 */
export function pickupOffices(bookedOfficeId?: string): Office[] {
  const booked = bookedOfficeId ? officeById(bookedOfficeId) : undefined;
  const rest = OFFICES.filter((o) => o.services.includes('pickup') && o.id !== booked?.id);
  return booked ? [booked, ...rest] : rest;
}

export function isPickupOffice(officeId: string, bookedOfficeId?: string): boolean {
  return pickupOffices(bookedOfficeId).some((o) => o.id === officeId);
}

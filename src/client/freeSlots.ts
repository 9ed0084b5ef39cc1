// Free slots as the page sees them: the published office with the hours changed since and the slots
// others hold (from the server), run through the same engine the server checks with.
import type { Office } from '../domain/offices/officeSchema';
import { windowSlots, type HeldSlot, type Slot } from '../domain/offices/slots';
import type { Availability } from './bookingsApi';

export function withChanges(office: Office, availability: Availability | null | undefined): { office: Office; held: HeldSlot[] } {
  const entry = availability?.offices.find((o) => o.id === office.id);
  if (!entry) return { office, held: [] };
  return { office: { ...office, exceptions: entry.exceptions }, held: entry.held };
}

export function slotsOf(
  office: Office,
  serviceId: string,
  now: number,
  availability: Availability | null | undefined,
  doctorId?: string,
): Map<string, Slot[]> {
  const current = withChanges(office, availability);
  return windowSlots(current.office, serviceId, now, current.held, doctorId);
}

import { describe, expect, it } from 'vitest';
import { SERVICES } from '../catalog/services';
import { visitService } from './kinds';
import { bookableOffices, isPickupOffice, pickupOffices, WIZARD_VISITS, wizardVisit } from './visitLinks';

describe('visit links', () => {
  it('names catalog services that exist, with visits that exist', () => {
    for (const [serviceId, visit] of Object.entries(WIZARD_VISITS)) {
      expect(SERVICES.some((s) => s.id === serviceId)).toBe(true);
      expect(visitService(visit)).toBeDefined();
    }
    expect(wizardVisit('driving-licence')).toBe('driving-licence');
    expect([wizardVisit('internal-passport'), wizardVisit('foreign-passport')]).toEqual(['passport', 'foreign-passport']);
    expect(wizardVisit('residence-certificate')).toBeUndefined();
  });

  it('offers only offices of the city that take online bookings for the visit', () => {
    const offices = bookableOffices('driving-licence', 'moscow');
    expect(offices.length).toBeGreaterThan(0);
    expect(offices.some((o) => o.kind === 'traffic')).toBe(true);
    for (const o of offices) expect([o.city, o.onlineBooking, o.services.includes('driving-licence')]).toEqual(['moscow', true, true]);
    expect(bookableOffices('marriage', 'vladivostok').every((o) => o.kind === 'registry')).toBe(true);
    // The passport desk: МФЦ and the migration service, in every city.
    for (const city of ['moscow', 'yekaterinburg', 'vladivostok'] as const) {
      const desks = bookableOffices('passport', city);
      expect(desks.length, city).toBeGreaterThan(0);
      expect(desks.every((o) => o.kind === 'mfc' || o.kind === 'migration')).toBe(true);
    }
  });

  it('puts the booked office first among pickup offices, once', () => {
    const traffic = bookableOffices('driving-licence', 'moscow').find((o) => o.kind === 'traffic')!;
    const list = pickupOffices(traffic.id);
    expect(list[0]!.id).toBe(traffic.id);
    expect(list.filter((o) => o.id === traffic.id)).toHaveLength(1);
    expect(list.slice(1).every((o) => o.services.includes('pickup'))).toBe(true);
    expect(isPickupOffice(traffic.id)).toBe(false);
    expect(isPickupOffice(traffic.id, traffic.id)).toBe(true);
    expect(isPickupOffice('no-such-office')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { holdsSlot, refuseBooking, refuseChangeOrCancel, type BookingFacts } from './bookingRules';
import { officeById } from './offices';
import { instantOf } from './officeTime';
import { bookingCapacity } from './slots';

const NOW = Date.parse('2026-11-30T07:00:00Z'); // Monday 10:00 Moscow
const mfc = officeById('mos-mfc-1')!;
const at = (date: string, hh: number, mm = 0) => instantOf(date, hh * 60 + mm, 180);
const booking = (over: Partial<BookingFacts>): BookingFacts => ({
  id: 'b1',
  officeId: mfc.id,
  serviceId: 'passport',
  startsAt: at('2026-12-02', 10),
  endsAt: at('2026-12-02', 10, 15),
  status: 'confirmed',
  createdAt: NOW,
  ...over,
});
const check = (wanted: Partial<BookingFacts>, mine: BookingFacts[] = [], held = mine) =>
  refuseBooking({
    office: officeById(wanted.officeId ?? mfc.id),
    wanted: { officeId: mfc.id, serviceId: 'passport', startsAt: at('2026-12-01', 10), ...wanted },
    now: NOW,
    mine,
    held,
  });

describe('booking rules', () => {
  it('books a free slot in the window', () => {
    expect(check({})).toBeNull();
  });

  it('refuses outside the window: within the hour, beyond 30 days, off the grid, on a closed day', () => {
    expect(check({ startsAt: at('2026-11-30', 10, 30) })).toBe('too_soon');
    expect(check({ startsAt: at('2027-01-05', 10) })).toBe('too_far');
    expect(check({ startsAt: at('2026-12-01', 10, 7) })).toBe('not_free');
    expect(check({ startsAt: at('2026-12-06', 10) })).toBe('not_free'); // Sunday
  });

  it('refuses a full slot, an office without online booking, a service it does not give', () => {
    const full = Array.from({ length: bookingCapacity(mfc) }, () => ({ officeId: mfc.id, startsAt: at('2026-12-01', 10) }));
    expect(
      refuseBooking({
        office: mfc,
        wanted: { officeId: mfc.id, serviceId: 'passport', startsAt: at('2026-12-01', 10) },
        now: NOW,
        mine: [],
        held: full,
      }),
    ).toBe('not_free');
    expect(check({ officeId: 'mos-mfc-4' })).toBe('no_online_booking');
    expect(check({ serviceId: 'marriage' })).toBe('not_offered');
    expect(check({ officeId: 'nowhere' })).toBe('unknown_office');
  });

  it('no two bookings for one service, no overlapping ones', () => {
    expect(check({}, [booking({})])).toBe('same_service');
    expect(check({ serviceId: 'inn', startsAt: at('2026-12-02', 10, 0) }, [booking({})], [])).toBe('overlap');
    expect(check({ serviceId: 'inn', startsAt: at('2026-12-02', 10, 15) }, [booking({})], [])).toBeNull();
    expect(check({}, [booking({ status: 'cancelled' })])).toBeNull();
  });

  it('two doctor visits are one service only for the same patient and specialty', () => {
    const clinic = officeById('mos-clinic-14')!;
    const doctor = clinic.doctors![0]!;
    const mine = [
      booking({
        officeId: clinic.id,
        serviceId: 'doctor',
        doctorId: doctor.id,
        patientPolicy: '1',
        specialty: 'therapist',
        startsAt: at('2026-12-02', 8),
        endsAt: at('2026-12-02', 8, 20),
      }),
    ];
    const wanted = { officeId: clinic.id, serviceId: 'doctor', doctorId: doctor.id, startsAt: at('2026-12-01', 9), specialty: 'therapist' };
    expect(check({ ...wanted, patientPolicy: '1' }, mine, [])).toBe('same_service');
    expect(check({ ...wanted, patientPolicy: '2' }, mine, [])).toBeNull();
    expect(check({ ...wanted, doctorId: 'nobody', patientPolicy: '2' }, mine, [])).toBe('unknown_doctor');
  });

  it('change and cancel close 24 hours before the visit', () => {
    expect(refuseChangeOrCancel(booking({ startsAt: NOW + 24 * 3_600_000 }), NOW)).toBeNull();
    expect(refuseChangeOrCancel(booking({ startsAt: NOW + 24 * 3_600_000 - 60_000 }), NOW)).toBe('too_late');
    expect(refuseChangeOrCancel(booking({ status: 'cancelled' }), NOW)).toBe('not_active');
  });

  it('an unconfirmed booking lets its slot go after 15 minutes', () => {
    expect(holdsSlot({ status: 'pending', createdAt: NOW }, NOW + 14 * 60_000)).toBe(true);
    expect(holdsSlot({ status: 'pending', createdAt: NOW }, NOW + 15 * 60_000)).toBe(false);
    expect(holdsSlot({ status: 'confirmed', createdAt: NOW }, NOW + 86_400_000)).toBe(true);
  });
});

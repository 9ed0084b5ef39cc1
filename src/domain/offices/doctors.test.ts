import { describe, expect, it } from 'vitest';
import { clinicKindOf, clinicsFor, doctorColumns, ownClinicFirst, sharedDates } from './doctors';
import { OFFICES, officeById } from './offices';
import { localMinute } from './officeTime';

const NOW = Date.parse('2026-11-30T07:00:00Z'); // Monday 10:00 in Moscow

describe('choosing a doctor', () => {
  it('finds the clinics of a city by kind and specialty', () => {
    const all = clinicsFor({ offices: OFFICES, city: 'moscow', specialty: 'paediatrician' });
    expect(all.length).toBeGreaterThanOrEqual(3);
    expect(all.every((o) => o.kind === 'clinic' && o.city === 'moscow')).toBe(true);
    const children = clinicsFor({ offices: OFFICES, city: 'moscow', kind: 'children' });
    expect(children.map((o) => o.name.ru)).toEqual(['Детская поликлиника № 8']);
    expect(clinicKindOf(children[0]!)).toBe('children');
  });

  it('puts the attached clinic first, else the one nearest the centre, and says which', () => {
    const clinics = clinicsFor({ offices: OFFICES, city: 'moscow' });
    const far = clinics.find((o) => o.name.ru.includes('№ 12'))!;
    const attached = ownClinicFirst(clinics, 'moscow', far.id);
    expect(attached).toMatchObject({ own: far, reason: 'attached' });
    expect(attached.clinics[0]).toBe(far);
    const nearest = ownClinicFirst(clinics, 'moscow', 'vla-clinic-1');
    expect(nearest.reason).toBe('nearest');
    expect(nearest.own!.name.ru).toBe('Городская поликлиника № 5'); // Sretenka, about 1.5 km from the centre
    expect(nearest.clinics).toHaveLength(clinics.length);
  });

  it('shows the doctors of one specialty side by side: the morning doctor and the afternoon one on the same dates', () => {
    const clinic = officeById('mos-clinic-14')!;
    const columns = doctorColumns(clinic, 'therapist', NOW, []);
    expect(columns).toHaveLength(2);
    expect(new Set(columns.map((c) => c.doctor.id)).size).toBe(2);
    const dates = sharedDates(columns);
    expect(dates[0]).toBe('2026-11-30');
    const day = '2026-12-01';
    const [morning, afternoon] = columns.map((c) => c.days.get(day)!);
    expect(localMinute(morning![0]!.startsAt, 180)).toBe(8 * 60);
    expect(localMinute(afternoon![0]!.startsAt, 180)).toBe(14 * 60);
    // One doctor's taken slot is gone from that doctor's column only.
    const held = [{ officeId: clinic.id, startsAt: morning![0]!.startsAt, doctorId: columns[0]!.doctor.id }];
    const after = doctorColumns(clinic, 'therapist', NOW, held);
    expect(after[0]!.days.get(day)![0]!.startsAt).toBe(morning![1]!.startsAt);
    expect(after[1]!.days.get(day)).toEqual(afternoon);
  });
});

import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { CITIES } from './cities';
import { OFFICE_KINDS, visitService } from './kinds';
import { OfficeSchema } from './officeSchema';
import { OFFICES } from './offices';

describe('the offices data', () => {
  it('every office passes the schema', () => {
    for (const office of OFFICES) {
      const parsed = v.safeParse(OfficeSchema, office);
      expect(parsed.success, `${office.id}: ${parsed.issues?.map((i) => i.message).join('; ')}`).toBe(true);
    }
  });

  it('has at least 40 offices of all six kinds in three cities of different time zones', () => {
    expect(OFFICES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(OFFICES.map((o) => o.kind))).toEqual(new Set(OFFICE_KINDS));
    const cities = new Set(OFFICES.map((o) => o.city));
    expect(cities.size).toBeGreaterThanOrEqual(3);
    expect(new Set(CITIES.filter((c) => cities.has(c.id)).map((c) => c.utcOffsetMin)).size).toBe(cities.size);
    for (const city of cities) {
      expect(new Set(OFFICES.filter((o) => o.city === city).map((o) => o.kind)), city).toEqual(new Set(OFFICE_KINDS));
    }
  });

  it('ids, phones and positions are unique; each office stands near its city centre', () => {
    expect(new Set(OFFICES.map((o) => o.id)).size).toBe(OFFICES.length);
    expect(new Set(OFFICES.map((o) => o.phone)).size).toBe(OFFICES.length);
    for (const office of OFFICES) {
      const centre = CITIES.find((c) => c.id === office.city)!.centre;
      expect(Math.abs(office.position.lat - centre.lat), office.id).toBeLessThan(0.2);
      expect(Math.abs(office.position.lon - centre.lon), office.id).toBeLessThan(0.2);
    }
  });

  it('offers only visits its kind may give; clinics have doctors, others none; some book online and some do not', () => {
    for (const office of OFFICES) {
      for (const id of office.services) expect(visitService(id)!.kinds, `${office.id} ${id}`).toContain(office.kind);
      expect(office.kind === 'clinic' ? office.doctors!.length > 0 : office.doctors === undefined, office.id).toBe(true);
    }
    expect(new Set(OFFICES.map((o) => o.onlineBooking))).toEqual(new Set([true, false]));
  });

  it('each city’s offsets agree with the time zone database', () => {
    const at = Date.parse('2026-07-01T12:00:00Z');
    for (const city of CITIES) {
      const local = new Intl.DateTimeFormat('en-GB', { timeZone: city.timeZone, hour: '2-digit', hourCycle: 'h23' }).format(at);
      expect(Number(local), city.id).toBe((12 + city.utcOffsetMin / 60) % 24);
    }
  });
});

// Doctor's appointments on the server: one patient per doctor's slot, no overlap for one citizen, the
// child's age and policy re-checked, a freed slot bookable at once, a move to another doctor.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { omsCheckDigit } from '../domain/omsPolicy';
import { officeById } from '../domain/offices/offices';
import { firstFreeSlot } from '../domain/offices/slots';
import { createTestServer, T0, type TestServer } from './testServer';

type View = { id: string; status: string; doctorId?: string; startsAt: number; error?: { code: string; fields?: Record<string, string> } };
const clinic = officeById('mos-clinic-14')!;
const [therapistA, therapistB] = clinic.doctors!.filter((d) => d.specialty === 'therapist');
const dentist = clinic.doctors!.find((d) => d.specialty === 'dentist')!;
const policy = (fifteen: string) => fifteen + omsCheckDigit(fifteen);
const child = { forWhom: 'child', name: 'Иванов Пётр', birthDate: '2019-04-01', policy: policy('770000000012345') };

let server: TestServer;
let mine: Record<string, string>;
let other: Record<string, string>;
beforeEach(async () => {
  server = createTestServer();
  ({ auth: mine } = await server.registerCitizen());
  ({ auth: other } = await server.registerCitizen('+79123450000', 'petrov@example.ru'));
});
afterEach(() => server.close());

const book = (auth: Record<string, string>, doctorId: string, startsAt: number, patient: Record<string, string> = child) =>
  server.post<View>('/bookings', { officeId: clinic.id, serviceId: 'doctor', doctorId, startsAt, patient }, auth);
const firstOf = (doctorId: string) => firstFreeSlot(clinic, 'doctor', T0 + 48 * 3_600_000, [], doctorId)!.startsAt;

describe('doctor’s appointments on the server', () => {
  it('someone else’s slot with a doctor is refused; the same time with another doctor is free; a cancel frees it at once', async () => {
    const at = firstOf(therapistA!.id);
    const taken = await book(mine, therapistA!.id, at);
    expect(taken.status).toBe(201);
    await server.post(`/bookings/${taken.body.id}/confirm`, {}, mine);
    const theirs = { ...child, name: 'Петров Илья', policy: policy('660000000098765') };
    const refused = await book(other, therapistA!.id, at, theirs);
    expect([refused.status, refused.body.error!.code]).toEqual([409, 'not_free']);
    const held = (await server.get<{ offices: { held: { startsAt: number; doctorId?: string }[] }[] }>(`/offices/availability?ids=${clinic.id}`)).body
      .offices[0]!.held;
    expect(held).toEqual([{ officeId: clinic.id, startsAt: at, doctorId: therapistA!.id }]);
    const withDentist = await book(other, dentist.id, at, theirs);
    expect(withDentist.status).toBe(201);
    await server.post(`/bookings/${withDentist.body.id}/cancel`, {}, other);
    await server.post(`/bookings/${taken.body.id}/cancel`, {}, mine);
    expect((await book(other, therapistA!.id, at, theirs)).status).toBe(201);
  });

  it('one citizen cannot have two visits at overlapping times, even with different doctors', async () => {
    const at = firstOf(therapistA!.id);
    expect((await book(mine, therapistA!.id, at)).status).toBe(201);
    // The dentist, like the first therapist, works mornings on the same 20-minute grid.
    const overlap = await book(mine, dentist.id, at, { ...child, policy: policy('550000000011111') });
    expect(overlap.body.error!.code).toBe('overlap');
  });

  it('re-checks the patient: an adult as a child and a wrong policy are refused field by field', async () => {
    const at = firstOf(therapistA!.id);
    const adult = await book(mine, therapistA!.id, at, { ...child, birthDate: '2000-01-01' });
    expect([adult.status, adult.body.error!.fields]).toEqual([422, { 'patient.birthDate': 'child_too_old' }]);
    const future = await book(mine, therapistA!.id, at, { ...child, birthDate: '2026-12-01' });
    expect(future.body.error!.fields).toEqual({ 'patient.birthDate': 'date_in_future' });
    const missing = await server.post<View>('/bookings', { officeId: clinic.id, serviceId: 'doctor', doctorId: therapistA!.id, startsAt: at }, mine);
    expect(missing.status).toBe(422);
  });

  it('moves a visit to another doctor of the clinic, checked against that doctor’s slots', async () => {
    const created = await book(mine, therapistA!.id, firstOf(therapistA!.id));
    await server.post(`/bookings/${created.body.id}/confirm`, {}, mine);
    const later = firstOf(therapistB!.id);
    const moved = await server.post<View>(
      `/bookings/${created.body.id}/change`,
      { officeId: clinic.id, doctorId: therapistB!.id, startsAt: later },
      mine,
    );
    expect(moved.body).toMatchObject({ status: 'confirmed', doctorId: therapistB!.id, startsAt: later });
    const wrong = await server.post<View>(
      `/bookings/${created.body.id}/change`,
      { officeId: clinic.id, doctorId: therapistB!.id, startsAt: firstOf(therapistA!.id) },
      mine,
    );
    expect(wrong.body.error!.code).toBe('not_free');
  });
});

describe('doctor’s appointment reminder', () => {
  it('the day before, a reminder notice names the doctor, caught up when bookings are read', async () => {
    const at = firstOf(therapistA!.id);
    const created = await book(mine, therapistA!.id, at);
    await server.post(`/bookings/${created.body.id}/confirm`, {}, mine);
    await server.post('/_sim/clock', { advanceMs: at - 24 * 3_600_000 - T0 + 60_000, keepSessions: true });
    await server.get('/bookings', mine);
    const reminder = (await server.db.notices.toArray()).find((n) => n.kind === 'booking_reminder');
    expect(reminder?.params).toMatchObject({ bookingId: created.body.id, deadline: at });
    const mail = (await server.db.inbox.where('channel').equals('email').sortBy('id')).at(-1)!;
    expect(mail.body).toContain(`Приём: ${therapistA!.name.ru}`);
  });
});

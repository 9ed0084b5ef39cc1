import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { omsCheckDigit } from '../domain/omsPolicy';
import { officeById } from '../domain/offices/offices';
import { instantOf } from '../domain/offices/officeTime';
import { firstFreeSlot } from '../domain/offices/slots';
import { createTestServer, T0, type TestServer } from './testServer';

// T0 is Monday 2 March 2026, 12:00 in Moscow.
const HOUR = 3_600_000;
const mfc = officeById('mos-mfc-1')!;
const at = (date: string, hh: number, mm = 0) => instantOf(date, hh * 60 + mm, 180);
type View = { id: string; ticket: string; status: string; sequence: number; startsAt: number; queue?: { number: string } };

let server: TestServer;
let auth: Record<string, string>;
beforeEach(async () => {
  server = createTestServer();
  ({ auth } = await server.registerCitizen());
});
afterEach(() => server.close());

const book = (startsAt: number, over: Record<string, unknown> = {}) =>
  server.post<View & { error?: { code: string } }>(
    '/bookings',
    { officeId: mfc.id, serviceId: 'passport', startsAt, comment: 'С ребёнком', ...over },
    auth,
  );
const confirm = (id: string) => server.post<View>(`/bookings/${id}/confirm`, {}, auth);
const held = async () =>
  (await server.get<{ offices: { held: { startsAt: number }[] }[] }>(`/offices/availability?ids=${mfc.id}`)).body.offices[0]!.held;
const emails = async () => (await server.db.inbox.where('channel').equals('email').sortBy('id')).filter((m) => m.subject?.includes('МФ-'));
const parseIcs = (text: string) => {
  const calendar = new ICAL.Component(ICAL.parse(text.slice(text.indexOf('BEGIN:VCALENDAR'))));
  return { method: calendar.getFirstPropertyValue('method'), event: new ICAL.Event(calendar.getFirstSubcomponent('vevent')!) };
};

describe('bookings on the server', () => {
  it('books the first free slot as pending, confirms it with a ticket, an e-mail and an .ics', async () => {
    const slot = firstFreeSlot(mfc, 'passport', T0, [])!;
    const created = await book(slot.startsAt);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'pending', ticket: 'МФ-0001', startsAt: slot.startsAt });
    const done = await confirm(created.body.id);
    expect(done.body.status).toBe('confirmed');
    const mail = (await emails()).at(-1)!;
    expect(mail.subject).toContain('Запись подтверждена');
    const { method, event } = parseIcs(mail.body);
    expect(method).toBe('PUBLISH');
    expect(event.startDate.toJSDate().getTime()).toBe(slot.startsAt);
    expect(event.location).toContain('ул. Лесная, 12');
    expect((await held()).map((h) => h.startsAt)).toContain(slot.startsAt);
  });

  it('refuses a second booking for the same service and a slot outside the hours', async () => {
    await book(at('2026-03-03', 10));
    expect((await book(at('2026-03-04', 10))).body.error!.code).toBe('same_service');
    expect((await book(at('2026-03-08', 10), { serviceId: 'inn' })).body.error!.code).toBe('not_free'); // Sunday 8 March
  });

  it('a change moves the visit, frees the old slot at once and raises SEQUENCE; a cancel sends METHOD:CANCEL', async () => {
    const first = at('2026-03-05', 10);
    const { body } = await book(first);
    await confirm(body.id);
    const moved = await server.post<View>(`/bookings/${body.id}/change`, { officeId: mfc.id, startsAt: at('2026-03-06', 11) }, auth);
    expect(moved.body).toMatchObject({ status: 'confirmed', sequence: 1, startsAt: at('2026-03-06', 11) });
    expect((await held()).map((h) => h.startsAt)).toEqual([at('2026-03-06', 11)]);
    const cancelled = await server.post<View>(`/bookings/${body.id}/cancel`, {}, auth);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', sequence: 2 });
    expect(await held()).toEqual([]);
    const { method, event } = parseIcs((await emails()).at(-1)!.body);
    expect(method).toBe('CANCEL');
    expect(event.sequence).toBe(2);
    // The freed slots are bookable again at once.
    expect((await book(first)).status).toBe(201);
  });

  it('refuses to change or cancel less than 24 hours before, with the reason', async () => {
    const { body } = await book(at('2026-03-03', 9)); // tomorrow 09:00, 21 hours away
    await confirm(body.id);
    const late = await server.post<{ error: { code: string } }>(`/bookings/${body.id}/cancel`, {}, auth);
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('too_late');
    expect(
      (await server.post<{ error: { code: string } }>(`/bookings/${body.id}/change`, { officeId: mfc.id, startsAt: at('2026-03-04', 9) }, auth)).body
        .error.code,
    ).toBe('too_late');
  });

  it('lets an unconfirmed slot go after 15 minutes', async () => {
    const { body } = await book(at('2026-03-04', 10));
    server.wait(16 * 60_000);
    expect(await held()).toEqual([]);
    expect((await confirm(body.id)).status).toBe(409);
  });

  it('delivers the reminder 24 hours before, once, when bookings or notices are read', async () => {
    const { body } = await book(at('2026-03-05', 10));
    await confirm(body.id);
    await server.get('/notifications', auth);
    expect((await server.db.notices.toArray()).filter((n) => n.kind === 'booking_reminder')).toHaveLength(0);
    await server.post('/_sim/clock', { advanceMs: at('2026-03-04', 10) - T0 + HOUR, keepSessions: true });
    await server.get('/notifications', auth);
    await server.get('/bookings', auth);
    const reminders = await server.db.notices.toArray();
    expect(reminders.filter((n) => n.kind === 'booking_reminder')).toHaveLength(1);
    expect(reminders.find((n) => n.kind === 'booking_reminder')!.at).toBe(at('2026-03-04', 10));
  });

  it('an operator sees the day, marks arrival (a live queue ticket), calls the next visitor', async () => {
    const OPERATOR = await server.staff('2468');
    const { body } = await book(at('2026-03-03', 10));
    await confirm(body.id);
    const day = await server.get<{ bookings: View[] }>(`/operator/offices/${mfc.id}/day?date=2026-03-03`, OPERATOR);
    expect(day.body.bookings.map((b) => b.ticket)).toEqual([body.ticket]);
    expect((await server.get(`/operator/offices/${mfc.id}/day`)).status).toBe(403);
    server.wait(at('2026-03-03', 9, 50) - T0);
    // Staff sessions last 8 real hours: after the wait the clerk signs in again.
    const clerk = await server.staff('2468');
    const arrived = await server.post<View>(`/operator/bookings/${body.id}/mark`, { mark: 'arrived' }, clerk);
    expect(arrived.body).toMatchObject({ status: 'arrived', queue: { number: body.ticket } });
    const called = await server.post<View>(`/operator/offices/${mfc.id}/call-next`, {}, clerk);
    expect(called.body).toMatchObject({ id: body.id, status: 'served' });
    expect((await server.post(`/operator/offices/${mfc.id}/call-next`, {}, clerk)).status).toBe(404);
  });

  it('changing an office’s hours cancels the visits that no longer fit and tells those citizens', async () => {
    const OPERATOR = await server.staff('2468');
    const early = (await book(at('2026-03-10', 9))).body;
    await confirm(early.id);
    const late = (await book(at('2026-03-10', 18), { serviceId: 'inn' })).body;
    await confirm(late.id);
    const changed = await server.post<{ cancelled: number }>(
      `/operator/offices/${mfc.id}/hours`,
      { date: '2026-03-10', hours: { open: 480, close: 900 }, reason: { ru: 'Сокращённый день', en: 'Short day' } },
      OPERATOR,
    );
    expect(changed.body.cancelled).toBe(1);
    const list = (await server.get<{ bookings: View[] }>('/bookings', auth)).body.bookings;
    expect(list.find((b) => b.id === late.id)).toMatchObject({ status: 'cancelled', notice: 'Сокращённый день' });
    expect(list.find((b) => b.id === early.id)!.status).toBe('confirmed');
    expect((await server.db.notices.toArray()).some((n) => n.kind === 'booking_office_changed')).toBe(true);
    expect((await book(at('2026-03-10', 17), { serviceId: 'inn' })).body.error!.code).toBe('not_free');
  });

  it('a doctor visit needs a patient with a valid OMS policy', async () => {
    const clinic = officeById('mos-clinic-14')!;
    const doctor = clinic.doctors![2]!;
    const slot = firstFreeSlot(clinic, 'doctor', T0, [], doctor.id)!;
    const fifteen = '770000000012345';
    const patient = { forWhom: 'child', name: 'Иванов Пётр', birthDate: '2019-04-01', policy: `${fifteen}${(omsCheckDigit(fifteen) + 1) % 10}` };
    const base = { officeId: clinic.id, serviceId: 'doctor', doctorId: doctor.id, startsAt: slot.startsAt };
    expect(
      (await server.post<{ error: { fields: Record<string, string> } }>('/bookings', { ...base, patient }, auth)).body.error.fields['patient.policy'],
    ).toBe('oms_checksum');
    const ok = await server.post<View>('/bookings', { ...base, patient: { ...patient, policy: fifteen + omsCheckDigit(fifteen) } }, auth);
    expect(ok.status).toBe(201);
  });

  it('records every booking change in the feed for the device mirror', async () => {
    const { body } = await book(at('2026-03-05', 10));
    await confirm(body.id);
    const feed = await server.get<{ changes: { entity: string; id: string }[] }>('/changes?since=0', auth);
    expect(feed.status).toBe(200);
    const changes = feed.body.changes;
    // The feed carries one change per record, with the row as it is now.
    expect(changes.filter((c) => c.entity === 'booking' && c.id === body.id)).toHaveLength(1);
  });
});

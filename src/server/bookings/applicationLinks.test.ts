import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Submission } from '../../domain/application';
import { officeById } from '../../domain/offices/offices';
import { firstFreeSlot } from '../../domain/offices/slots';
import { bookableOffices } from '../../domain/offices/visitLinks';
import { ApiError } from '../http';
import type { RequestContext } from '../router';
import { createTestServer, T0, type TestServer } from '../testServer';
import { checkVisitLinks } from './applicationLinks';

const traffic = bookableOffices('driving-licence', 'moscow').find((o) => o.kind === 'traffic')!;
let server: TestServer;
let auth: Record<string, string>;
let accountId: string;
beforeEach(async () => {
  server = createTestServer();
  ({ auth, accountId } = await server.registerCitizen());
});
afterEach(() => server.close());

const ctx = () => ({ db: server.db }) as unknown as RequestContext;
const base = {
  draftId: crypto.randomUUID(),
  serviceId: 'driving-licence',
  answers: {},
  resultWay: 'office',
  flowId: 'x'.repeat(8),
  code: '000000',
  attachments: [],
} as unknown as Submission;
const fieldsOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return (error as ApiError).fields;
};
async function bookLicence(officeId = traffic.id, serviceId = 'driving-licence') {
  const office = officeById(officeId)!;
  // Two days ahead, so the booking may still be cancelled (the 24-hour rule).
  const slot = firstFreeSlot(office, serviceId, T0 + 2 * 86_400_000, [])!;
  const made = await server.post<{ id: string }>('/bookings', { officeId, serviceId, startsAt: slot.startsAt }, auth);
  await server.post(`/bookings/${made.body.id}/confirm`, {}, auth);
  return made.body.id;
}

describe('an application linked to its visit and pickup office', () => {
  it('needs a booking of the visit, and keeps it with the pickup office', async () => {
    expect(await fieldsOf(checkVisitLinks(ctx(), accountId, 'driving-licence', base))).toEqual({ $visitBooking: 'visit_required' });
    const bookingId = await bookLicence();
    // The licence is handed over at the traffic police office of the visit, which hands out nothing else.
    expect(await checkVisitLinks(ctx(), accountId, 'driving-licence', { ...base, bookingId, resultOfficeId: traffic.id })).toEqual({
      bookingId,
      resultOfficeId: traffic.id,
    });
  });

  it('refuses a booking of another visit, of another account, or cancelled', async () => {
    const passport = await bookLicence('mos-mfc-1', 'passport');
    expect(await fieldsOf(checkVisitLinks(ctx(), accountId, 'driving-licence', { ...base, bookingId: passport }))).toEqual({
      $visitBooking: 'visit_invalid',
    });
    const bookingId = await bookLicence();
    expect(await fieldsOf(checkVisitLinks(ctx(), 'someone-else', 'driving-licence', { ...base, bookingId }))).toEqual({
      $visitBooking: 'visit_invalid',
    });
    await server.post(`/bookings/${bookingId}/cancel`, {}, auth);
    expect(await fieldsOf(checkVisitLinks(ctx(), accountId, 'driving-licence', { ...base, bookingId }))).toEqual({ $visitBooking: 'visit_invalid' });
  });

  it('takes a pickup office only from the offices that hand documents out', async () => {
    const certificate = { ...base, serviceId: 'residence-certificate' };
    expect(await checkVisitLinks(ctx(), accountId, 'residence-certificate', { ...certificate, resultOfficeId: 'mos-mfc-1' })).toEqual({
      resultOfficeId: 'mos-mfc-1',
    });
    expect(await fieldsOf(checkVisitLinks(ctx(), accountId, 'residence-certificate', { ...certificate, resultOfficeId: traffic.id }))).toEqual({
      $resultOffice: 'invalid_value',
    });
    expect(
      await checkVisitLinks(ctx(), accountId, 'residence-certificate', { ...certificate, resultWay: 'electronic', resultOfficeId: 'nowhere' }),
    ).toEqual({});
  });
});

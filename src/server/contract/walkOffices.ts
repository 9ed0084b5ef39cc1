// The walk's office visits: a visit booked three days ahead, confirmed, moved an hour later, checked in
// at the kiosk once the clock reaches it and called by the clerk; a second one marked at the desk; a
// third cancelled in good time; and a day the office closes. Test-only.
import { moscowDate } from '../../domain/calendar';
import { officeById } from '../../domain/offices/offices';
import { instantOf } from '../../domain/offices/officeTime';
import { firstFreeSlot } from '../../domain/offices/slots';
import { DAY, type PlannedStep, type WalkKit } from './walkTypes';

const OFFICE = officeById('mos-mfc-1')!;
const [FIRST, SECOND, THIRD] = OFFICE.services as readonly string[];
const MOSCOW_OFFSET_MIN = 180;

/** The first free time of `service` on the day `days` after the simulated now (Moscow), from `after` if later. */
async function slotAhead(kit: WalkKit, service: string, days: number, after = 0): Promise<number> {
  const from = Math.max(instantOf(moscowDate((await kit.now()) + days * DAY), 0, MOSCOW_OFFSET_MIN), after);
  return firstFreeSlot(OFFICE, service, from, [])!.startsAt;
}

export function officeSteps(kit: WalkKit): PlannedStep[] {
  const { ids, keep } = kit;
  const booking = (name = 'bookingId') => ({ params: { id: ids[name]! } });
  const book = async (service: string, days: number) => {
    const made = await kit.post<{ id: string }>('/bookings', {
      officeId: OFFICE.id,
      serviceId: service,
      startsAt: await slotAhead(kit, service, days),
    });
    await kit.post(`/bookings/${made.body.id}/confirm`, {});
    return made.body.id;
  };
  return [
    { route: 'GET /api/offices/availability' },
    async () => ({
      route: 'POST /api/bookings',
      body: { officeId: OFFICE.id, serviceId: FIRST, startsAt: await slotAhead(kit, FIRST!, 3) },
      keep: keep('bookingId'),
    }),
    () => ({ route: 'POST /api/bookings/:id/confirm', ...booking() }),
    { route: 'GET /api/bookings' },
    () => ({ route: 'GET /api/bookings/:id', ...booking() }),
    () => ({ route: 'GET /api/bookings/:id/ics', ...booking() }),
    async () => {
      const { startsAt } = (await kit.get<{ startsAt: number }>(`/bookings/${ids.bookingId}`)).body;
      return {
        route: 'POST /api/bookings/:id/change',
        ...booking(),
        body: { officeId: OFFICE.id, startsAt: await slotAhead(kit, FIRST!, 3, startsAt + 3_600_000) },
      };
    },
    async () => {
      ids.cancelled = await book(THIRD!, 4);
      return { route: 'POST /api/bookings/:id/cancel', ...booking('cancelled') };
    },
    async () => {
      ids.marked = await book(SECOND!, 5);
      return { route: 'POST /api/operator/bookings/:id/mark', ...booking('marked'), as: 'operator' };
    },
    async () => {
      // The day of the visit, 20 minutes before it: the kiosk takes the check-in.
      const { startsAt } = (await kit.get<{ startsAt: number }>(`/bookings/${ids.bookingId}`)).body;
      await kit.jump(startsAt - 20 * 60_000 - (await kit.now()));
      return { route: 'POST /api/bookings/:id/arrive', ...booking() };
    },
    async () => ({
      route: 'GET /api/operator/offices/:id/day',
      params: { id: OFFICE.id },
      query: { date: moscowDate(await kit.now()) },
      as: 'operator',
    }),
    () => ({ route: 'POST /api/operator/offices/:id/call-next', params: { id: OFFICE.id }, as: 'operator' }),
    async () => ({
      route: 'POST /api/operator/offices/:id/hours',
      params: { id: OFFICE.id },
      as: 'operator',
      body: { date: moscowDate((await kit.now()) + 10 * DAY), hours: null, reason: { ru: 'Санитарный день', en: 'Cleaning day' } },
    }),
  ];
}

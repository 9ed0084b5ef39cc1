import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { officeById } from '../../domain/offices/offices';
import { instantOf } from '../../domain/offices/officeTime';
import { createTestServer, T0, type TestServer } from '../testServer';

// T0 is Monday 2 March 2026, 12:00 in Moscow.
const mfc = officeById('mos-mfc-1')!;
const at = (date: string, hh: number, mm = 0) => instantOf(date, hh * 60 + mm, 180);
type View = { id: string; ticket: string; status: string; queue?: { number: string; place?: number } };

let server: TestServer;
const citizens: { auth: Record<string, string>; accountId: string }[] = [];
beforeEach(async () => {
  server = createTestServer();
  citizens.length = 0;
  citizens.push(await server.registerCitizen('+79123456789', 'first@example.ru'), await server.registerCitizen('+79123456780', 'second@example.ru'));
});
afterEach(() => server.close());

async function bookAndConfirm(auth: Record<string, string>, startsAt: number): Promise<View> {
  const made = await server.post<View>('/bookings', { officeId: mfc.id, serviceId: 'inn', startsAt }, auth);
  return (await server.post<View>(`/bookings/${made.body.id}/confirm`, {}, auth)).body;
}
// Citizens' sessions lapse over the simulated wait; the rows are what their feeds carry.
const mine = async (_auth: Record<string, string>, id: string) => (await server.db.bookings.get(id))!;

/** Two citizens booked at 10:00 and 10:15 who both came in at 9:50, and the clerk who marked them. */
async function twoArrived() {
  const first = await bookAndConfirm(citizens[0]!.auth, at('2026-03-03', 10));
  const second = await bookAndConfirm(citizens[1]!.auth, at('2026-03-03', 10, 15));
  server.wait(at('2026-03-03', 9, 50) - T0);
  const clerk = await server.staff('2468');
  await server.post(`/operator/bookings/${first.id}/mark`, { mark: 'arrived' }, clerk);
  await server.post(`/operator/bookings/${second.id}/mark`, { mark: 'arrived' }, clerk);
  return { first, second, clerk };
}

describe('the electronic queue', () => {
  it('numbers the visitors who arrived, moves the line on a call and tells each citizen through the feed', async () => {
    const { first, second, clerk } = await twoArrived();
    expect((await mine(citizens[0]!.auth, first.id)).queue).toMatchObject({ number: first.ticket, place: 1 });
    expect((await mine(citizens[1]!.auth, second.id)).queue).toMatchObject({ number: second.ticket, place: 2 });

    const before = await server.db.changes.count();
    const called = await server.post<View>(`/operator/offices/${mfc.id}/call-next`, {}, clerk);
    expect(called.body).toMatchObject({ id: first.id, status: 'served' });
    expect((await mine(citizens[1]!.auth, second.id)).queue?.place).toBe(1);
    // The second citizen's device learns of the move from the change feed, not by asking.
    const recorded = (await server.db.changes.toArray()).slice(before);
    expect(recorded.some((c) => c.accountId === citizens[1]!.accountId && c.id === second.id)).toBe(true);
  });

  it('a no-show leaves the line and the one behind moves up', async () => {
    const { first, second, clerk } = await twoArrived();
    const gone = await server.post<View>(`/operator/bookings/${first.id}/mark`, { mark: 'no_show' }, clerk);
    expect(gone.body.status).toBe('no_show');
    expect((await mine(citizens[1]!.auth, second.id)).queue?.place).toBe(1);
  });
});

// The electronic queue at an office: the visitors who arrived today and are not yet called, in order of
// arrival. Each waiting booking carries its place, rewritten whenever the line moves (an arrival, a call,
// a no-show), so the citizen's ticket page follows the line through the change feed, with no polling.
import { instantOf, localDate, offsetOf } from '../../domain/offices/officeTime';
import { officeById } from '../../domain/offices/offices';
import type { RequestContext } from '../router';
import type { BookingRow } from './rows';

const DAY_MS = 86_400_000;

/** Today's visitors of the office who arrived and wait, first come first. */
export async function waitingAt(ctx: RequestContext, officeId: string): Promise<BookingRow[]> {
  const office = officeById(officeId);
  if (!office) return [];
  const from = instantOf(localDate(ctx.now, offsetOf(office)), 0, offsetOf(office));
  const rows = await ctx.db.bookings
    .where('[officeId+startsAt]')
    .between([officeId, from], [officeId, from + DAY_MS], true, false)
    .toArray();
  return rows.filter((row) => row.status === 'arrived' && row.queue).sort((a, b) => a.queue!.arrivedAt - b.queue!.arrivedAt);
}

/** Writes each waiting visitor's place where it changed; call inside a rw transaction over bookings and changes. */
export async function renumberQueue(ctx: RequestContext, officeId: string): Promise<void> {
  const waiting = await waitingAt(ctx, officeId);
  for (const [index, row] of waiting.entries()) {
    if (row.queue!.place === index + 1) continue;
    const updated: BookingRow = { ...row, updatedAt: ctx.now, queue: { ...row.queue!, place: index + 1 } };
    await ctx.db.bookings.put(updated);
    await ctx.recordChange('booking', updated.id, 'put', updated.accountId);
  }
}

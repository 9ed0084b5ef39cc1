// The operator console's office view: the day's bookings at one office, calling the next visitor,
// marking arrival or a no-show, and changing the office's hours for a day — which cancels the visits
// that no longer fit and tells those citizens (catch-up free: it happens in the same request).
import * as v from 'valibot';
import { HoursChangeSchema } from '../../domain/offices/hoursChange';
import { instantOf, localDate, localMinute, offsetOf, scheduleOn } from '../../domain/offices/officeTime';
import { holdsSlot } from '../../domain/offices/bookingRules';
import { tellCitizen } from '../bookings/notify';
import type { BookingRow } from '../bookings/rows';
import { currentOffice, viewOf } from '../bookings/store';
import { renumberQueue, waitingAt } from '../bookings/queue';
import { ApiError, json, parseWith, readJson } from '../http';
import { requireOperator } from '../operator';
import type { Handler, RequestContext } from '../router';
import { bookingTables } from './bookings';

const DateSchema = v.pipe(v.string(), v.isoDate());

async function officeOr404(ctx: RequestContext) {
  const office = await currentOffice(ctx, ctx.params.id ?? '');
  if (!office) throw new ApiError(404, 'not_found', 'No such office');
  return office;
}

async function dayRows(ctx: RequestContext, officeId: string, date: string, offset: number): Promise<BookingRow[]> {
  const from = instantOf(date, 0, offset);
  return ctx.db.bookings
    .where('[officeId+startsAt]')
    .between([officeId, from], [officeId, from + 86_400_000], true, false)
    .toArray();
}

export const getOfficeDay: Handler = async (ctx) => {
  await requireOperator(ctx);
  const office = await officeOr404(ctx);
  const offset = offsetOf(office);
  const date =
    parseWith(v.object({ date: v.optional(DateSchema) }), { date: ctx.url.searchParams.get('date') ?? undefined }).date ?? localDate(ctx.now, offset);
  const rows = (await dayRows(ctx, office.id, date, offset)).filter(
    (row) => row.status !== 'cancelled' && row.status !== 'expired' && (row.status !== 'pending' || holdsSlot(row, ctx.now)),
  );
  return json({ officeId: office.id, date, schedule: scheduleOn(office, date), bookings: rows.map(viewOf), asOf: ctx.now });
};

/** Arrival: the visitor joins the electronic queue with their ticket number. */
export function arrived(row: BookingRow, now: number): BookingRow {
  return { ...row, status: 'arrived', updatedAt: now, queue: { arrivedAt: now, number: row.ticket } };
}

export const MarkSchema = v.object({ mark: v.picklist(['arrived', 'no_show', 'served']) });

export const postMark: Handler = async (ctx) => {
  await requireOperator(ctx);
  const { mark } = await readJson(ctx.request, MarkSchema);
  const row = await ctx.db.transaction('rw', bookingTables(ctx), async () => {
    const found = await ctx.db.bookings.get(ctx.params.id ?? '');
    if (!found) throw new ApiError(404, 'not_found', 'No such booking');
    const allowed =
      mark === 'served' ? found.status === 'arrived' : found.status === 'confirmed' || (mark === 'no_show' && found.status === 'arrived');
    if (!allowed) throw new ApiError(409, 'not_active', `Cannot mark a ${found.status} booking as ${mark}`);
    const updated = mark === 'arrived' ? arrived(found, ctx.now) : { ...found, status: mark, updatedAt: ctx.now };
    await ctx.db.bookings.put(updated);
    await ctx.recordChange('booking', updated.id, 'put', updated.accountId);
    await renumberQueue(ctx, updated.officeId);
    return (await ctx.db.bookings.get(updated.id))!;
  });
  return json(viewOf(row));
};

/** Calls the visitor who arrived first and is still waiting; 404 when nobody waits. */
export const postCallNext: Handler = async (ctx) => {
  await requireOperator(ctx);
  const office = await officeOr404(ctx);
  const row = await ctx.db.transaction('rw', bookingTables(ctx), async () => {
    const next = (await waitingAt(ctx, office.id))[0];
    if (!next) throw new ApiError(404, 'queue_empty', 'Nobody is waiting');
    const served: BookingRow = { ...next, status: 'served', updatedAt: ctx.now };
    await ctx.db.bookings.put(served);
    await ctx.recordChange('booking', served.id, 'put', served.accountId);
    await renumberQueue(ctx, office.id);
    return served;
  });
  return json(viewOf(row));
};

export const postHours: Handler = async (ctx) => {
  await requireOperator(ctx);
  const office = await officeOr404(ctx);
  const input = await readJson(ctx.request, HoursChangeSchema);
  const offset = offsetOf(office);
  const cancelled = await ctx.db.transaction('rw', bookingTables(ctx), async () => {
    await ctx.db.officeChanges.add({ officeId: office.id, at: ctx.now, exception: input });
    const fits = (row: BookingRow) => {
      const h = input.hours;
      if (!h) return false;
      const start = localMinute(row.startsAt, offset);
      const end = start + (row.endsAt - row.startsAt) / 60_000;
      return start >= h.open && end <= h.close && !(h.breakFrom !== undefined && start < h.breakTo! && end > h.breakFrom);
    };
    const affected = (await dayRows(ctx, office.id, input.date, offset)).filter((row) => holdsSlot(row, ctx.now) && !fits(row));
    for (const row of affected) {
      const updated: BookingRow = { ...row, status: 'cancelled', updatedAt: ctx.now, sequence: row.sequence + 1, notice: input.reason.ru };
      await ctx.db.bookings.put(updated);
      await ctx.recordChange('booking', row.id, 'put', row.accountId);
      await tellCitizen(
        ctx,
        updated,
        'booking_office_changed',
        ctx.now,
        `Причина: ${input.reason.ru}. Выберите другое время в разделе «Мои записи».`,
      );
    }
    return affected.length;
  });
  return json({ cancelled });
};

// The citizen's bookings: book a slot (it waits as «Ожидает подтверждения»), confirm it (ticket), change
// it, cancel it, list them, download the .ics; and the availability of offices (the slots others hold
// and the hours operators changed), so the page can show free slots with the same engine.
import * as v from 'valibot';
import { ChangeBookingSchema, NewBookingSchema, PENDING_HOLD_MS } from '../../domain/offices/booking';
import { holdsSlot, refuseBooking, refuseChangeOrCancel, type BookingRefusal } from '../../domain/offices/bookingRules';
import { visitService } from '../../domain/offices/kinds';
import { refusePatient } from '../../domain/offices/patient';
import { requireAccount } from '../auth/sessions';
import { randomId } from '../auth/codes';
import { catchUpReminders, tellCitizen } from '../bookings/notify';
import type { BookingRow } from '../bookings/rows';
import { currentOffice, heldAt, icsOf, mineOf, nextTicket, viewOf } from '../bookings/store';
import { renumberQueue } from '../bookings/queue';
import { ApiError, json, parseWith, readJson } from '../http';
import type { Handler, RequestContext } from '../router';

const REFUSAL_STATUS: Record<BookingRefusal, number> = {
  unknown_office: 404,
  not_offered: 422,
  no_online_booking: 422,
  unknown_doctor: 422,
  too_soon: 422,
  too_far: 422,
  not_free: 409,
  overlap: 409,
  same_service: 409,
  too_late: 409,
  not_active: 409,
};

function refuse(code: BookingRefusal): never {
  throw new ApiError(REFUSAL_STATUS[code], code, `Booking refused: ${code}`);
}

/** Tables a booking write touches (notices and e-mail included). */
export const bookingTables = (ctx: RequestContext) => [
  ctx.db.bookings,
  ctx.db.officeChanges,
  ctx.db.settings,
  ctx.db.notices,
  ctx.db.inbox,
  ctx.db.accounts,
  ctx.db.changes,
];

async function ownBooking(ctx: RequestContext, accountId: string): Promise<BookingRow> {
  const row = await ctx.db.bookings.get(ctx.params.id ?? '');
  if (!row || row.accountId !== accountId) throw new ApiError(404, 'not_found', 'No such booking');
  return row;
}

async function save(ctx: RequestContext, row: BookingRow): Promise<void> {
  await ctx.db.bookings.put(row);
  await ctx.recordChange('booking', row.id, 'put', row.accountId);
}

export const postBooking: Handler = async (ctx) => {
  const { account } = await requireAccount(ctx);
  const input = await readJson(ctx.request, NewBookingSchema);
  const patientCode = input.patient ? refusePatient(input.patient, new Date(ctx.now).toISOString().slice(0, 10)) : null;
  if (patientCode)
    throw new ApiError(422, 'validation', 'Invalid patient', {
      [patientCode === 'oms_checksum' ? 'patient.policy' : 'patient.birthDate']: patientCode,
    });
  if (input.serviceId === 'doctor' && !input.patient)
    throw new ApiError(422, 'validation', 'A doctor visit needs a patient', { patient: 'required' });
  const row = await ctx.db.transaction('rw', bookingTables(ctx), async () => {
    const office = await currentOffice(ctx, input.officeId);
    const specialty = office?.doctors?.find((d) => d.id === input.doctorId)?.specialty;
    const wanted = { ...input, patientPolicy: input.patient?.policy, specialty };
    const refusal = refuseBooking({ office, wanted, now: ctx.now, mine: await mineOf(ctx, account.id), held: await heldAt(ctx, input.officeId) });
    if (refusal) refuse(refusal);
    const minutes = visitService(input.serviceId)!.minutes;
    const created: BookingRow = {
      id: randomId(),
      accountId: account.id,
      ticket: await nextTicket(ctx, office!),
      officeId: input.officeId,
      serviceId: input.serviceId,
      startsAt: input.startsAt,
      endsAt: input.startsAt + minutes * 60_000,
      status: 'pending',
      comment: input.comment,
      createdAt: ctx.now,
      updatedAt: ctx.now,
      sequence: 0,
      ...(input.doctorId ? { doctorId: input.doctorId, specialty } : {}),
      ...(input.patient ? { patient: input.patient, patientPolicy: input.patient.policy } : {}),
      ...(input.caseDraftId ? { caseDraftId: input.caseDraftId } : {}),
    };
    await save(ctx, created);
    return created;
  });
  return json({ ...viewOf(row), holdUntil: row.createdAt + PENDING_HOLD_MS }, 201);
};

export const postConfirm: Handler = async (ctx) => {
  const { account } = await requireAccount(ctx);
  const row = await ctx.db.transaction('rw', bookingTables(ctx), async () => {
    const found = await ownBooking(ctx, account.id);
    if (found.status === 'confirmed') return found;
    if (found.status !== 'pending' || !holdsSlot(found, ctx.now)) refuse('not_active');
    const confirmed: BookingRow = { ...found, status: 'confirmed', updatedAt: ctx.now };
    await save(ctx, confirmed);
    await tellCitizen(ctx, confirmed, 'booking_confirmed');
    return confirmed;
  });
  return json(viewOf(row));
};

export const postChange: Handler = async (ctx) => {
  const { account } = await requireAccount(ctx);
  const input = await readJson(ctx.request, ChangeBookingSchema);
  const row = await ctx.db.transaction('rw', bookingTables(ctx), async () => {
    const found = await ownBooking(ctx, account.id);
    const late = refuseChangeOrCancel(found, ctx.now);
    if (late) refuse(late);
    const office = await currentOffice(ctx, input.officeId);
    const specialty = office?.doctors?.find((d) => d.id === input.doctorId)?.specialty;
    const wanted = {
      serviceId: found.serviceId,
      officeId: input.officeId,
      doctorId: input.doctorId,
      startsAt: input.startsAt,
      patientPolicy: found.patientPolicy,
      specialty,
    };
    const refusal = refuseBooking({
      office,
      wanted,
      now: ctx.now,
      mine: await mineOf(ctx, account.id, found.id),
      held: await heldAt(ctx, input.officeId, found.id),
    });
    if (refusal) refuse(refusal);
    const length = found.endsAt - found.startsAt;
    const { doctorId: _d, specialty: _s, ...rest } = found;
    const changed: BookingRow = {
      ...rest,
      officeId: input.officeId,
      startsAt: input.startsAt,
      endsAt: input.startsAt + length,
      updatedAt: ctx.now,
      sequence: found.sequence + 1,
      remindedAt: undefined,
      ...(input.doctorId ? { doctorId: input.doctorId, specialty } : {}),
    };
    await save(ctx, changed);
    if (changed.status === 'confirmed') await tellCitizen(ctx, changed, 'booking_confirmed');
    return changed;
  });
  return json(viewOf(row));
};

export const postCancel: Handler = async (ctx) => {
  const { account } = await requireAccount(ctx);
  const row = await ctx.db.transaction('rw', bookingTables(ctx), async () => {
    const found = await ownBooking(ctx, account.id);
    // An unconfirmed booking may be dropped at any time: it holds nothing anyone else waits for.
    const late = found.status === 'pending' ? null : refuseChangeOrCancel(found, ctx.now);
    if (late) refuse(late);
    const cancelled: BookingRow = { ...found, status: 'cancelled', updatedAt: ctx.now, sequence: found.sequence + 1 };
    await save(ctx, cancelled);
    if (found.status === 'confirmed') await tellCitizen(ctx, cancelled, 'booking_cancelled');
    return cancelled;
  });
  return json(viewOf(row));
};

export const getBookings: Handler = async (ctx) => {
  const { account } = await requireAccount(ctx);
  const rows = await ctx.db.transaction('rw', bookingTables(ctx), async () => {
    await catchUpReminders(ctx, account.id);
    return ctx.db.bookings.where('accountId').equals(account.id).toArray();
  });
  return json({ bookings: rows.map(viewOf), asOf: ctx.now });
};

export const getBooking: Handler = async (ctx) => {
  const { account } = await requireAccount(ctx);
  return json(viewOf(await ownBooking(ctx, account.id)));
};

export const getBookingIcs: Handler = async (ctx) => {
  const { account } = await requireAccount(ctx);
  const row = await ownBooking(ctx, account.id);
  return new Response(icsOf(row, row.updatedAt), {
    // A ticket has Cyrillic letters («М-001»): header values must be Latin-1, so the name goes as RFC 5987 too.
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="okno-visit.ics"; filename*=UTF-8''${encodeURIComponent(`okno-${row.ticket}.ics`)}`,
    },
  });
};

export const IdsSchema = v.pipe(
  v.string(),
  v.maxLength(2000),
  v.transform((s) => s.split(',').filter(Boolean).slice(0, 60)),
);

/** GET /api/offices/availability?ids=a,b: held slots (no names) and changed hours of those offices. */
export const getAvailability: Handler = async (ctx) => {
  const ids = parseWith(v.object({ ids: IdsSchema }), { ids: ctx.url.searchParams.get('ids') ?? '' }).ids;
  const offices = await Promise.all(
    ids.map(async (id) => ({ id, held: await heldAt(ctx, id), exceptions: (await currentOffice(ctx, id))?.exceptions ?? [] })),
  );
  return json({ offices, asOf: ctx.now });
};

/** The citizen checks in at the office (from 30 minutes before the visit until its end): a live queue place. */
export const postArrive: Handler = async (ctx) => {
  const { account } = await requireAccount(ctx);
  const row = await ctx.db.transaction('rw', bookingTables(ctx), async () => {
    const found = await ownBooking(ctx, account.id);
    if (found.status === 'arrived') return found;
    if (found.status !== 'confirmed') refuse('not_active');
    if (ctx.now < found.startsAt - 30 * 60_000) throw new ApiError(409, 'too_early', 'Check in no earlier than 30 minutes before the visit');
    if (ctx.now > found.endsAt) refuse('too_late');
    const updated: BookingRow = { ...found, status: 'arrived', updatedAt: ctx.now, queue: { arrivedAt: ctx.now, number: found.ticket } };
    await save(ctx, updated);
    await renumberQueue(ctx, updated.officeId);
    return (await ctx.db.bookings.get(updated.id))!;
  });
  return json(viewOf(row));
};

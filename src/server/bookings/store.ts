// Reading bookings and offices on the server: the static office data with the schedule changes made
// since, the slots held at an office, a citizen's own bookings, and their views and texts.
import { bookingIcs } from '../../domain/offices/ics';
import { cityOf } from '../../domain/offices/cities';
import type { BookingFacts } from '../../domain/offices/bookingRules';
import { holdsSlot } from '../../domain/offices/bookingRules';
import type { BookingView } from '../../domain/offices/booking';
import { visitService } from '../../domain/offices/kinds';
import { officeById } from '../../domain/offices/offices';
import type { Office } from '../../domain/offices/officeSchema';
import type { HeldSlot } from '../../domain/offices/slots';
import type { RequestContext } from '../router';
import type { BookingRow } from './rows';

/** The office as published, with the hours its operator changed since (those win). */
export async function currentOffice(ctx: RequestContext, officeId: string): Promise<Office | undefined> {
  const office = officeById(officeId);
  if (!office) return undefined;
  const changes = await ctx.db.officeChanges.where('officeId').equals(officeId).sortBy('id');
  if (!changes.length) return office;
  const byDate = new Map(office.exceptions.map((e) => [e.date, e]));
  for (const change of changes) byDate.set(change.exception.date, change.exception);
  return { ...office, exceptions: [...byDate.values()] };
}

export async function heldAt(ctx: RequestContext, officeId: string, exceptId?: string): Promise<HeldSlot[]> {
  const rows = await ctx.db.bookings.where('[officeId+startsAt]').between([officeId, ctx.now], [officeId, Infinity]).toArray();
  return rows
    .filter((row) => row.id !== exceptId && holdsSlot(row, ctx.now))
    .map(({ officeId: o, startsAt, doctorId }) => ({ officeId: o, startsAt, doctorId }));
}

export async function mineOf(ctx: RequestContext, accountId: string, exceptId?: string): Promise<BookingFacts[]> {
  const rows = await ctx.db.bookings.where('accountId').equals(accountId).toArray();
  return rows.filter((row) => row.id !== exceptId);
}

export function viewOf(row: BookingRow): BookingView {
  const { accountId: _a, patientPolicy: _p, specialty: _s, remindedAt: _r, ...view } = row;
  return view;
}

/** «Москва, ул. Лесная, 12» */
export function addressOf(office: Office): string {
  return `${cityOf(office.city).name.ru}, ${office.address.street.ru}, ${office.address.house}`;
}

export function summaryOf(row: BookingView): string {
  const office = officeById(row.officeId);
  const doctor = office?.doctors?.find((d) => d.id === row.doctorId);
  const what = doctor ? `Приём: ${doctor.name.ru}` : (visitService(row.serviceId)?.title.ru ?? row.serviceId);
  return `${what} — ${office?.name.ru ?? row.officeId}, талон ${row.ticket}`;
}

/** «1 декабря 2026 г., 09:00 (время Москвы)» in the office's own time zone. */
export function localWhen(row: Pick<BookingView, 'startsAt' | 'officeId'>): string {
  const office = officeById(row.officeId);
  const zone = office ? cityOf(office.city) : cityOf('moscow');
  const text = new Intl.DateTimeFormat('ru-RU', { dateStyle: 'long', timeStyle: 'short', timeZone: zone.timeZone }).format(row.startsAt);
  return `${text} (местное время, ${zone.name.ru})`;
}

export function icsOf(row: BookingView, stamp: number): string {
  const office = officeById(row.officeId);
  return bookingIcs({
    uid: `${row.id}@okno.local`,
    sequence: row.sequence,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    stamp,
    summary: summaryOf(row),
    location: office ? addressOf(office) : row.officeId,
    description: `Талон ${row.ticket}. Возьмите: ${visitService(row.serviceId)?.bring.ru ?? 'паспорт'}. Приходите за 15 минут.`,
    cancelled: row.status === 'cancelled',
  });
}

const TICKET_PREFIX: Record<Office['kind'], string> = { mfc: 'МФ', migration: 'МВ', traffic: 'ГИ', registry: 'ЗГ', tax: 'НС', clinic: 'ПК' };

/** The next ticket number of the office kind; call inside the booking's transaction. */
export async function nextTicket(ctx: RequestContext, office: Office): Promise<string> {
  const key = 'booking-ticket-seq';
  const seq = Number((await ctx.db.settings.get(key))?.value ?? 0) + 1;
  await ctx.db.settings.put({ key, value: seq });
  return `${TICKET_PREFIX[office.kind]}-${String(seq).padStart(4, '0')}`;
}

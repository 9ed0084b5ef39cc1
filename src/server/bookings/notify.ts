// Telling a citizen about a booking: in-app notices (once per key) and e-mail copies with the calendar
// file, through the simulated inbox. Reminders go out 24 hours before a visit, caught up on read: the
// server has no timers, so whoever reads bookings or notices first after that moment delivers them.
import { CHANGE_CLOSES_MS, type BookingNoticeKind } from '../../domain/offices/booking';
import { wants } from '../../domain/notifications';
import { deliver } from '../auth/inbox';
import type { RequestContext } from '../router';
import { icsOf, localWhen, summaryOf } from './store';
import type { BookingRow } from './rows';

const SUBJECT: Record<BookingNoticeKind, string> = {
  booking_confirmed: 'Запись подтверждена',
  booking_reminder: 'Напоминание о записи на завтра',
  booking_cancelled: 'Запись отменена',
  booking_office_changed: 'Офис изменил часы работы: запись отменена',
};

/** Call inside a rw transaction over notices, inbox, accounts and changes. */
export async function tellCitizen(ctx: RequestContext, row: BookingRow, kind: BookingNoticeKind, at = ctx.now, extra = ''): Promise<void> {
  const key = `${row.id}:${kind}:${row.sequence}`;
  if (await ctx.db.notices.where('key').equals(key).count()) return;
  const account = await ctx.db.accounts.get(row.accountId);
  if (!account) return;
  const setting = kind === 'booking_reminder' ? 'reminders' : 'status';
  const id = await ctx.db.notices.add({
    key,
    accountId: row.accountId,
    kind,
    at,
    params: { number: row.ticket, deadline: row.startsAt, bookingId: row.id },
  });
  // The feed names a notice by its row id, as the notices mirror reads it.
  await ctx.recordChange('notice', String(id), 'put', row.accountId);
  const body = [`${summaryOf(row)}.`, `Когда: ${localWhen(row)}.`, extra, 'Файл для календаря (.ics):', icsOf(row, at)].filter(Boolean).join('\n');
  // The e-mail copy is the booking's record, so it goes out unless e-mail is off for this kind.
  if (wants(account.notifications, setting, 'email') || kind === 'booking_confirmed') {
    await deliver(ctx, { channel: 'email', to: account.email, subject: `${SUBJECT[kind]}: ${row.ticket}`, body }, at);
  }
}

/** Delivers the reminders that fell due; call inside a rw transaction over BOOKING_TABLES. */
export async function catchUpReminders(ctx: RequestContext, accountId: string): Promise<void> {
  const rows = await ctx.db.bookings.where('accountId').equals(accountId).toArray();
  for (const row of rows) {
    const due = row.startsAt - CHANGE_CLOSES_MS;
    if (row.status !== 'confirmed' || row.remindedAt !== undefined || ctx.now < due || ctx.now >= row.startsAt) continue;
    const updated = { ...row, remindedAt: ctx.now };
    await ctx.db.bookings.put(updated);
    await tellCitizen(ctx, updated, 'booking_reminder', due);
  }
}

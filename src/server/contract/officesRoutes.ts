// The contract of office visits: availability, the citizen's bookings and the office's console.
import * as v from 'valibot';
import { AvailabilitySchema, CancelledCountSchema, OfficeDaySchema } from '../../domain/answers/operator';
import { BookingListSchema, BookingViewSchema, ChangeBookingSchema, NewBookingSchema } from '../../domain/offices/booking';
import { HoursChangeSchema } from '../../domain/offices/hoursChange';
import { IdsSchema } from '../handlers/bookings';
import { MarkSchema } from '../handlers/officeOperator';
import { entry } from './entry';
import type { Contract } from './types';

const BOOKING = { id: 'bk-6a2d9e40' };
const OFFICE = { id: 'mos-mfc-1' };
const VIEW = { status: 200, schema: BookingViewSchema };
const REFUSALS = [
  'unknown_office',
  'not_offered',
  'no_online_booking',
  'unknown_doctor',
  'too_soon',
  'too_far',
  'not_free',
  'overlap',
  'same_service',
  'too_late',
  'not_active',
];
const STARTS_AT = Date.parse('2026-03-03T07:00:00.000Z');

export const OFFICE_ROUTES: Contract = {
  'GET /api/offices/availability': entry(
    'offices',
    'anyone',
    'Held slots and changed hours of offices (ids=a,b)',
    'Занятое время и изменённые часы офисов (ids=a,b)',
    {
      query: v.object({ ids: IdsSchema }),
      ok: { status: 200, schema: AvailabilitySchema },
      example: { query: { ids: 'mos-mfc-1' } },
    },
  ),
  'POST /api/bookings': entry('offices', 'citizen', 'Book a visit (held until confirmed)', 'Записаться на приём (ждёт подтверждения)', {
    body: NewBookingSchema,
    ok: { status: 201, schema: v.object({ ...BookingViewSchema.entries, holdUntil: v.number() }) },
    errors: REFUSALS,
    example: { body: { officeId: OFFICE.id, serviceId: 'passport', startsAt: STARTS_AT } },
  }),
  'GET /api/bookings': entry('offices', 'citizen', "The citizen's bookings", 'Записи гражданина', { ok: { status: 200, schema: BookingListSchema } }),
  'GET /api/bookings/:id': entry('offices', 'citizen', 'One booking', 'Одна запись', {
    ok: VIEW,
    errors: ['not_found'],
    example: { params: BOOKING },
  }),
  'GET /api/bookings/:id/ics': entry('offices', 'citizen', 'The visit as a calendar file', 'Визит файлом календаря', {
    ok: { status: 200, mediaType: 'text/calendar' },
    errors: ['not_found'],
    example: { params: BOOKING },
  }),
  'POST /api/bookings/:id/confirm': entry('offices', 'citizen', 'Confirm the booking (a ticket number)', 'Подтвердить запись (номер талона)', {
    ok: VIEW,
    errors: ['not_found', ...REFUSALS],
    example: { params: BOOKING, body: {} },
  }),
  'POST /api/bookings/:id/change': entry('offices', 'citizen', 'Move the visit', 'Перенести визит', {
    body: ChangeBookingSchema,
    ok: VIEW,
    errors: ['not_found', ...REFUSALS],
    example: { params: BOOKING, body: { officeId: OFFICE.id, startsAt: STARTS_AT + 3_600_000 } },
  }),
  'POST /api/bookings/:id/cancel': entry('offices', 'citizen', 'Cancel the visit', 'Отменить визит', {
    ok: VIEW,
    errors: ['not_found', ...REFUSALS],
    example: { params: BOOKING, body: {} },
  }),
  'POST /api/bookings/:id/arrive': entry('offices', 'citizen', 'Check in at the office (kiosk)', 'Отметиться в офисе (терминал)', {
    ok: VIEW,
    errors: ['not_found', 'conflict', 'too_early', ...REFUSALS],
    example: { params: BOOKING, body: {} },
  }),
  'GET /api/operator/offices/:id/day': entry('offices', 'operator', "An office's day of bookings", 'День записей офиса', {
    query: v.object({ date: v.optional(v.string()) }),
    ok: { status: 200, schema: OfficeDaySchema },
    errors: ['not_found'],
    example: { params: OFFICE, query: { date: '2026-03-03' } },
  }),
  'POST /api/operator/offices/:id/call-next': entry('offices', 'operator', 'Call the next visitor', 'Вызвать следующего', {
    ok: VIEW,
    errors: ['not_found', 'queue_empty'],
    example: { params: OFFICE, body: {} },
  }),
  'POST /api/operator/offices/:id/hours': entry(
    'offices',
    'operator',
    "Change a day's hours (bookings outside are cancelled)",
    'Изменить часы дня (записи вне их отменяются)',
    {
      body: HoursChangeSchema,
      ok: { status: 200, schema: CancelledCountSchema },
      errors: ['not_found'],
      example: { params: OFFICE },
    },
  ),
  'POST /api/operator/bookings/:id/mark': entry('offices', 'operator', 'Mark arrival, no-show or served', 'Отметить приход, неявку, обслуживание', {
    body: MarkSchema,
    ok: VIEW,
    errors: ['not_found', 'conflict'],
    example: { params: BOOKING, body: { mark: 'arrived' } },
  }),
};

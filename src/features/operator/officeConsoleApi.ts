// The office view's calls (issue 14, point 4): one office's day of bookings, calling the next visitor,
// marking arrival or a no-show, and changing a day's hours. Every answer is checked with its schema.
import * as v from 'valibot';
import { apiRequest } from '../../client/api';
import { BookingViewSchema } from '../../domain/offices/booking';
import { OfficeDaySchema } from '../../domain/offices/officeAnswers';
import type { DayHours } from '../../domain/offices/officeSchema';

const OPERATOR_HEADER = 'X-Okno-Operator';
const withPin = (pin: string) => ({ [OPERATOR_HEADER]: pin });
const id = encodeURIComponent;

export type { OfficeDay } from '../../domain/offices/officeAnswers';

export const readOfficeDay = (pin: string, officeId: string, date?: string) =>
  apiRequest('GET', `/operator/offices/${id(officeId)}/day${date ? `?date=${date}` : ''}`, OfficeDaySchema, { headers: withPin(pin) });
export const callNext = (pin: string, officeId: string) =>
  apiRequest('POST', `/operator/offices/${id(officeId)}/call-next`, BookingViewSchema, { body: {}, headers: withPin(pin) });
export const markBooking = (pin: string, bookingId: string, mark: 'arrived' | 'no_show') =>
  apiRequest('POST', `/operator/bookings/${id(bookingId)}/mark`, BookingViewSchema, { body: { mark }, headers: withPin(pin) });
export const changeHours = (pin: string, officeId: string, date: string, hours: DayHours | null, reason: string) =>
  apiRequest('POST', `/operator/offices/${id(officeId)}/hours`, v.object({ cancelled: v.number() }), {
    body: { date, hours, reason: { ru: reason, en: reason } },
    headers: withPin(pin),
  });

// Every mirror of «okno», in one list: the change feed applies exactly these. An entity added here later
// (appeals, support conversations, bookings) makes every device read the feed once more from the start,
// so rows logged before the mirror existed arrive too. Add one line per entity; nothing else changes.
import { appealsMirror } from '../repos/appealsRepo';
import { applicationsMirror } from '../repos/applicationsRepo';
import { bookingsMirror } from '../repos/bookingsRepo';
import { noticesMirror } from '../repos/noticesRepo';
import { paymentsMirror } from '../repos/paymentsRepo';
import { receiptsMirror } from '../repos/receiptsRepo';
import { refundsMirror } from '../repos/refundsRepo';
import type { Mirror } from './defineMirror';

export const MIRRORS: readonly Mirror[] = [
  applicationsMirror,
  noticesMirror,
  paymentsMirror,
  receiptsMirror,
  refundsMirror,
  appealsMirror,
  bookingsMirror,
];

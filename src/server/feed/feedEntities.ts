// Which server records the change feed carries, and how each is shown to its owner. Declared once here,
// so a handler only says «this record changed» and /api/changes attaches the row the client mirrors.
// A row is only ever attached for its owner: anyone else gets nothing of it.
import type { NoticeView } from '../../domain/notices';
import { appealView } from '../appeals/view';
import { viewOf as bookingView } from '../bookings/store';
import { caseView } from '../handlers/caseView';
import { refundView } from '../payments/refunds';
import { invoiceView, receiptView } from '../payments/views';
import type { RequestContext } from '../router';
import type { NoticeRow } from '../rows';

export interface FeedEntity {
  /** The rows (or undefined when gone) for these ids, with their owner. */
  read(ctx: Pick<RequestContext, 'db' | 'now'>, ids: string[]): Promise<({ accountId: string; view: unknown } | undefined)[]>;
}

export function noticeView(row: NoticeRow): NoticeView {
  const { id, kind, at, caseId, appealId, params, readAt } = row;
  const view: NoticeView = { id: id!, kind, at, params, read: readAt !== undefined };
  if (caseId !== undefined) view.caseId = caseId;
  if (appealId !== undefined) view.appealId = appealId;
  return view;
}

/** Entity name (as in recordChange) → how to read its rows. Entities not listed travel without a row. */
export const FEED_ENTITIES: Record<string, FeedEntity> = {
  appeal: {
    read: async ({ db, now }, ids) => (await db.appeals.bulkGet(ids)).map((row) => row && { accountId: row.accountId, view: appealView(row, now) }),
  },
  booking: {
    read: async ({ db }, ids) => (await db.bookings.bulkGet(ids)).map((row) => row && { accountId: row.accountId, view: bookingView(row) }),
  },
  case: {
    read: async ({ db }, ids) => (await db.cases.bulkGet(ids)).map((row) => row && { accountId: row.accountId, view: caseView(row) }),
  },
  notice: {
    read: async ({ db }, ids) => (await db.notices.bulkGet(ids.map(Number))).map((row) => row && { accountId: row.accountId, view: noticeView(row) }),
  },
  receipt: {
    read: async ({ db, now }, ids) => (await db.receipts.bulkGet(ids)).map((row) => row && { accountId: row.accountId, view: receiptView(row, now) }),
  },
  refund: {
    read: async ({ db, now }, ids) => (await db.refunds.bulkGet(ids)).map((row) => row && { accountId: row.accountId, view: refundView(row, now) }),
  },
  invoice: {
    read: async ({ db }, ids) =>
      Promise.all(
        (await db.invoices.bulkGet(ids)).map(async (row) => {
          if (!row) return undefined;
          const attempts = await db.attempts.where('invoiceId').equals(row.id).toArray();
          return { accountId: row.accountId, view: invoiceView(row, attempts) };
        }),
      ),
  },
};

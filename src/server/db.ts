// Database «okno-server»: all state of the simulated department systems. The service worker may be
// stopped at any moment, so nothing the server knows lives in memory between requests.
import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { Change } from '../domain/changes';
import type { AccountRow, CaseRow, CertificateRow, CodeRow, InboxRow, NoticeRow, RecoveryRequestRow, SessionRow, SignInRow } from './rows';
import type { OperatorAuditRow, StaffSessionRow } from './staff/rows';
import type { AppealRow } from './appeals/rows';
import type { BookingRow, OfficeChangeRow } from './bookings/rows';
import type { AttemptRow, FineRow, InvoiceRow, ReceiptRow, RefundRow } from './payments/rows';
import type { ChatRow } from './support/chatRows';
import type { JournalRow } from './journal';
import { storageMiddleware } from '../domain/storage/durability';

export const SERVER_DB_NAME = 'okno-server';
/** Money and submissions: their write transactions are committed with strict durability. */
export const STRICT_TABLES = ['cases', 'appeals', 'bookings', 'invoices', 'attempts', 'receipts', 'refunds', 'fines'];

export interface SettingRow {
  key: string;
  value: unknown;
}

export class ServerDb extends Dexie {
  settings!: Table<SettingRow, string>;
  changes!: Table<Change, number>;
  accounts!: Table<AccountRow, string>;
  sessions!: Table<SessionRow, string>;
  codes!: Table<CodeRow, string>;
  inbox!: Table<InboxRow, number>;
  signins!: Table<SignInRow, number>;
  cases!: Table<CaseRow, string>;
  notices!: Table<NoticeRow, number>;
  certificates!: Table<CertificateRow, string>;
  invoices!: Table<InvoiceRow, string>;
  attempts!: Table<AttemptRow, string>;
  receipts!: Table<ReceiptRow, string>;
  fines!: Table<FineRow, string>;
  refunds!: Table<RefundRow, string>;
  staffSessions!: Table<StaffSessionRow, string>;
  operatorAudit!: Table<OperatorAuditRow, number>;
  appeals!: Table<AppealRow, string>;
  supportChats!: Table<ChatRow, string>;
  bookings!: Table<BookingRow, string>;
  officeChanges!: Table<OfficeChangeRow, number>;
  journal!: Table<JournalRow, number>;
  recoveryRequests!: Table<RecoveryRequestRow, string>;

  constructor(name = SERVER_DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.use(storageMiddleware(STRICT_TABLES, () => this.isOpen() && this.close({ disableAutoOpen: false })));
    // v1: simulation settings (clock, faults, scenario, epoch) and the change log read by /api/changes.
    this.version(1).stores({
      settings: 'key',
      changes: '++seq',
    });
    // v2: accounts (unique by phone, e-mail and SNILS — the three ways to sign in), sessions,
    // one-time code flows, the simulated SMS/e-mail inbox and the sign-in history.
    this.version(2).stores({
      accounts: 'id, &phone, &email, &snils',
      sessions: 'id, accountId',
      codes: 'id, expiresAt',
      inbox: '++id, channel, to, at',
      signins: '++id, [accountId+at]',
    });
    // v3: cases. &draftId makes a resubmitted draft find its case; &number serves look-ups by number.
    this.version(3).stores({
      cases: 'id, &draftId, &number, [accountId+updatedAt], status',
    });
    // v4: the in-app notification centre (&key: each notice is delivered once, however often a case is
    // settled), the registry of signed electronic documents, looked up by document number.
    // Cases gain an index on `next`, the moment their story moves on, so a clock jump settles only those due.
    this.version(4).stores({
      cases: 'id, &draftId, &number, [accountId+updatedAt], status, next',
      notices: '++id, &key, [accountId+at]',
      certificates: 'number, caseId',
    });
    // v5: the payments ledger. [accountId+draftId] makes a fee invoice idempotent per draft; &orderNumber
    // finds the terminal attempt a terminal reports; receipts by [accountId+paidAt] for the period lists;
    // fines by licence and vehicle certificate for the registry search; &invoiceId: one refund per payment.
    this.version(5).stores({
      invoices: 'id, [accountId+draftId], accountId',
      attempts: 'id, invoiceId, &orderNumber',
      receipts: 'id, [accountId+paidAt], invoiceId',
      fines: 'uin, licence, vehicle',
      refunds: 'id, accountId, &invoiceId',
    });
    // v7: the change log is read per account ([accountId+seq]); '' marks everyone's changes (the clock).
    // Older entries had no owner: they become everyone's, and /api/changes still checks each row's owner.
    this.version(7)
      .stores({ changes: '++seq, [accountId+seq]' })
      .upgrade((tx) =>
        tx
          .table('changes')
          .toCollection()
          .modify((change: { accountId?: string }) => void (change.accountId ??= '')),
      );
    // v8 (shared devices): inbox messages belong to an account and/or the code flow that sent them, so a
    // person sees only their own; staff sessions of the operator console (opened with the PIN); the audit
    // log of every operator read and action, by the citizen it concerned (accountId) for their own view.
    this.version(8).stores({
      inbox: '++id, channel, to, at, accountId, flowId',
      staffSessions: 'id, expiresAt',
      operatorAudit: '++id, at, accountId, caseId',
    });
    // v10: appeals. &draftId makes a resent draft find its appeal; &number serves «a number opens its
    // appeal» and the clerk's search; `next` lets a clock jump settle only the appeals that are due.
    this.version(10).stores({
      appeals: 'id, &draftId, &number, [accountId+updatedAt], status, next',
    });
    // v11 (support): chats with the bot and operators. status serves the operator's queue; accountId
    // finds an account's chats for export and erase.
    this.version(11).stores({
      supportChats: 'id, accountId, status, updatedAt',
    });
    // v12 (issue 14): office bookings. [officeId+startsAt] finds the slots held at an office from now on
    // and the operator's day; &ticket serves look-ups by ticket number. officeChanges: hours an operator
    // changed after the office data was published.
    this.version(12).stores({
      bookings: 'id, accountId, [officeId+startsAt], &ticket, status',
      officeChanges: '++id, officeId',
    });
    // v13: refunds gain `next`, the moment their status moves, so settling logs a change for the feed
    // then. Older requests are due at once: settling works out where they stand.
    this.version(13)
      .stores({ refunds: 'id, accountId, &invoiceId, next' })
      .upgrade((tx) =>
        tx
          .table('refunds')
          .toCollection()
          .modify((row: { requestedAt: number; next?: number }) => void (row.next ??= row.requestedAt)),
      );
    // v14 (issue 16): QA's request journal, the last JOURNAL_LIMIT requests the backend handled.
    this.version(14).stores({
      journal: '++id',
    });
    // v18 (issue 19, account): an e-mail must be confirmed before it signs in or recovers the password.
    // Accounts made before confirmation existed signed in by e-mail already: their address counts as
    // confirmed when the account was made, so nobody is locked out by the upgrade.
    // The personal INN becomes a fourth way to sign in: indexed (not unique: «Мои данные» never made it
    // so), copied from each saved profile.
    this.version(18)
      .stores({ accounts: 'id, &phone, &email, &snils, inn' })
      .upgrade((tx) =>
        tx
          .table('accounts')
          .toCollection()
          .modify((row: { createdAt: number; emailConfirmedAt?: number; inn?: string; profile?: { inn?: string } }) => {
            row.emailConfirmedAt ??= row.createdAt;
            if (row.profile?.inn) row.inn = row.profile.inn;
          }),
      );
    // v22 (issue 19.12): requests to restore access through support. &number for the console's search,
    // &inbox for the page that sent one to read the answer, status for the queue.
    this.version(22).stores({ recoveryRequests: 'id, &number, &inbox, status' });
  }
}

// Database «okno» on the citizen's device: everything the user owns. Only repositories in this folder
// touch its tables. Old version() blocks are never removed: they are the migration path of every device.
import Dexie, { type DexieOptions, type Table } from 'dexie';
import * as rows from './rows';
import type { SupportChatRow } from './repos/supportChatRepo';
import { storageMiddleware } from '../domain/storage/durability';

export const CLIENT_DB_NAME = 'okno';
const V1_PROFILE_KEY = 'me';
/** Submissions on their way (outbox), money and the account's keys: written with strict durability. */
export const STRICT_TABLES = ['outbox', 'payments', 'receipts', 'refunds', 'keys'];

export class OknoDb extends Dexie {
  settings!: Table<rows.SettingRow, string>;
  /** Keyed by account id. */
  profile!: Table<rows.ProfileRow, string>;
  drafts!: Table<rows.DraftRow, string>;
  attachments!: Table<rows.AttachmentRow, string>;
  documents!: Table<rows.DocumentRow, string>;
  applications!: Table<rows.ApplicationRow, string>;
  payments!: Table<rows.PaymentRow, string>;
  receipts!: Table<rows.ReceiptRow, string>;
  appeals!: Table<rows.AppealRow, string>;
  bookings!: Table<rows.BookingRow, string>;
  notifications!: Table<rows.NotificationRow, string>;
  audit!: Table<rows.AuditRow, number>;
  outbox!: Table<rows.OutboxRow, string>;
  refunds!: Table<rows.RefundRow, string>;
  /** Per-account secrets held by this device: the simulated handset, the signature key pair. */
  keys!: Table<rows.KeyRow, [string, string]>;
  supportChats!: Table<SupportChatRow, string>;

  constructor(name = CLIENT_DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.use(storageMiddleware(STRICT_TABLES, () => this.isOpen() && this.close({ disableAutoOpen: false })));
    // v1 (first release): one anonymous user, drafts and their files, a flat action log.
    this.version(1).stores({
      settings: 'key',
      profile: 'id',
      drafts: 'id, serviceId, updatedAt',
      attachments: 'id, draftId',
      audit: '++id, at',
    });
    // v2: rows belong to an account (a shared demo stand can hold several), and the tables for
    // documents, case mirrors, payments, receipts, appeals, bookings, notifications and the outbox.
    this.version(2)
      .stores({
        drafts: 'id, accountId, serviceId, updatedAt',
        attachments: 'id, accountId, draftId',
        documents: 'id, accountId, addedAt',
        // [accountId+updatedAt] drives «Мои заявления» sorted newest first per account.
        applications: 'id, accountId, [accountId+updatedAt], status, number',
        payments: 'id, accountId, invoiceId, status',
        // Receipts are kept five years: [accountId+paidAt] serves period filters and archiving.
        receipts: 'id, accountId, [accountId+paidAt]',
        appeals: 'id, accountId, [accountId+updatedAt], status',
        bookings: 'id, accountId, startsAt',
        notifications: 'id, accountId, [accountId+createdAt], readAt',
        audit: '++id, accountId, [accountId+at]',
        outbox: 'id, createdAt',
      })
      .upgrade(async (tx) => {
        // Everything a v1 device held belonged to its single local user, whose profile was keyed 'me'.
        const profiles = tx.table('profile');
        const mine = await profiles.get(V1_PROFILE_KEY);
        if (mine) {
          await profiles.delete(V1_PROFILE_KEY);
          await profiles.put({ ...mine, id: rows.LOCAL_ACCOUNT });
        }
        await tx.table('drafts').toCollection().modify({ accountId: rows.LOCAL_ACCOUNT });
        await tx.table('attachments').toCollection().modify({ accountId: rows.LOCAL_ACCOUNT });
        await tx
          .table('audit')
          .toCollection()
          .modify((entry: { accountId?: string; action?: string; kind?: string }) => {
            entry.accountId = rows.LOCAL_ACCOUNT;
            entry.kind = entry.action ?? 'unknown';
            delete entry.action;
          });
      });
    // v4 (issue 11): a mirror of refund requests, filled by the change feed like the other mirrors; outbox
    // items belong to an account ([accountId+createdAt] lists one person's queue in order).
    this.version(4).stores({
      refunds: 'id, accountId',
      outbox: 'id, createdAt, [accountId+createdAt]',
    });
    // v5 (shared devices): secrets belong to an account and go with it on a wipe — the simulated handset
    // (phone and mailbox) and the signature key pair, which until now was one per device in settings.
    this.version(5)
      .stores({ keys: '[accountId+kind], accountId' })
      .upgrade(async (tx) => {
        // A device-wide key pair cannot be told apart by owner: drop it; each account makes its own on next use.
        await tx.table('settings').delete('signature.key');
      });
    // v8 (support): the device's copy of support chats, per owner (an account id, or 'local' for a
    // guest), so the conversation survives reloads and shows offline; [owner+updatedAt] finds the latest.
    this.version(8).stores({
      supportChats: 'id, [owner+updatedAt]',
    });
    // v9 (issue 14): «Мои записи» reads an account's bookings in time order.
    this.version(9).stores({
      bookings: 'id, accountId, startsAt, [accountId+startsAt]',
    });
  }
}

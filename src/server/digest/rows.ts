// The daily digest of one account while it waits for its hour: what would have been sent one by one.
import type { NotificationChannel } from '../../domain/notifications';

export interface DigestItem {
  at: number;
  /** The message's subject (its one-line summary in the digest). */
  subject: string;
  /** The outside channels this item would have gone to, as the citizen chose per kind. */
  channels: Exclude<NotificationChannel, 'inapp'>[];
}

export interface DigestRow {
  accountId: string;
  /** When it goes out: the next digest hour after its first item. */
  due: number;
  items: DigestItem[];
}

// okno.inbox and okno.journal: what the simulated departments sent (SMS, e-mail) and what they were asked.
// Both are staff reads: the kit opens a staff session with the operator PIN, as the project's own suite does.
import { expect, type Page } from '@playwright/test';
import type { JournalRow } from '../../src/server/journal';
import { inboxAddress, type InboxMessage } from '../e2e/pages/account';
import { must } from './browserApi';

export { inboxAddress, type InboxMessage };

export type JournalEntry = Required<Pick<JournalRow, 'id'>> & Omit<JournalRow, 'id'>;

export interface WaitOptions {
  /** Only messages newer than this id (from inbox.mark()); by default any message. */
  after?: number;
  /** Only messages whose text matches. */
  matching?: RegExp;
  timeout?: number;
}

export function createInbox(page: Page) {
  /** Messages to a phone (any spelling) or an e-mail, newest first. */
  const read = async (to: string): Promise<InboxMessage[]> => {
    const address = inboxAddress(to);
    return must<InboxMessage[]>(page, 'GET', `/api/_sim/inbox?channel=${address.channel}&to=${encodeURIComponent(address.to)}`, undefined, {
      staff: true,
    });
  };
  const next = async (to: string, options: WaitOptions = {}): Promise<InboxMessage> => {
    let found: InboxMessage | undefined;
    await expect
      .poll(
        async () => {
          found = (await read(to)).find(
            (m) => m.id > (options.after ?? 0) && (!options.matching || options.matching.test(`${m.subject ?? ''}\n${m.body}`)),
          );
          return found !== undefined;
        },
        { message: `a message to ${to}`, timeout: options.timeout },
      )
      .toBe(true);
    return found!;
  };
  return {
    read,
    /** The id of the newest message to `to` (0 if none): pass it as `after` to wait for the next one. */
    mark: async (to: string) => (await read(to))[0]?.id ?? 0,
    /** Waits for a message to `to` (newer than `after`) and answers it. */
    next,
    /** Waits for a message to `to` carrying a 6-digit code and answers the code. */
    nextCode: async (to: string, options: WaitOptions = {}) => {
      const message = await next(to, { ...options, matching: options.matching ?? /\b\d{6}\b/ });
      return /\b(\d{6})\b/.exec(message.body)![1]!;
    },
  };
}

export function createJournal(page: Page) {
  const read = (options: { after?: number; limit?: number } = {}) => {
    const query = new URLSearchParams();
    if (options.after !== undefined) query.set('after', String(options.after));
    if (options.limit !== undefined) query.set('limit', String(options.limit));
    return must<JournalEntry[]>(page, 'GET', `/api/_sim/journal${query.size ? `?${query}` : ''}`, undefined, { staff: true });
  };
  return {
    /** The requests the backend handled, oldest first (the last 500 at most). */
    read,
    /** The id of the newest entry: pass it as `after` to read only what came later. */
    mark: async () => (await read({ limit: 1 })).at(-1)?.id ?? 0,
    /** Entries after `mark` whose "METHOD /path" matches. */
    find: async (pattern: RegExp, options: { after?: number } = {}) =>
      (await read(options)).filter((entry) => pattern.test(`${entry.method} ${entry.path}`)),
  };
}

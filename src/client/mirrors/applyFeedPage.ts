// Applies one page of the change feed to the account's mirrors and moves the cursor, in ONE transaction:
// a crash or a closed tab leaves either both or neither, so nothing is skipped or applied against a
// stale cursor. Rows are checked with the mirror's schema; a row that does not fit is skipped (and said).
import * as v from 'valibot';
import type { ChangesPage, FeedChange } from '../../domain/changes';
import type { OknoDb } from '../db';
import type { Mirror } from './defineMirror';
import { sealRow } from '../vault/rowSeal';

export const CURSOR_PREFIX = 'feed.cursor.';

export const CursorSchema = v.object({
  epoch: v.string(),
  cursor: v.number(),
  /** The mirrored entities the cursor was reached with: a new mirror means reading the feed from 0. */
  mirrors: v.string(),
  /** Simulated time of the server's last answer: «показаны данные на …». */
  asOf: v.number(),
});
export type Cursor = v.InferOutput<typeof CursorSchema>;

export const mirrorsKey = (mirrors: readonly Mirror[]) =>
  mirrors
    .map((m) => m.entity)
    .sort()
    .join(',');

export interface AppliedPage {
  /** The changes that reached a mirror (or had no mirror), by entity, for after-commit listeners. */
  byEntity: Map<string, FeedChange[]>;
  cursor: Cursor;
}

/**
 * `restart`: the page is the first of a new epoch (or of a new set of mirrors): the account's rows of
 * mirrors not kept on reset are cleared first, so rows the server forgot do not linger.
 */
export async function applyFeedPage(
  db: OknoDb,
  accountId: string,
  mirrors: readonly Mirror[],
  page: ChangesPage,
  restart: boolean,
): Promise<AppliedPage> {
  const byName = new Map(mirrors.map((m) => [m.entity, m]));
  const tables = [...new Set(mirrors.map((m) => m.table))];
  const cursor: Cursor = { epoch: page.epoch, cursor: page.cursor, mirrors: mirrorsKey(mirrors), asOf: page.asOf };
  const byEntity = new Map<string, FeedChange[]>();
  // Rows are checked and sealed (when the account encrypts) before the transaction: crypto inside it would end it.
  const rows = await Promise.all(page.changes.map((change) => storedRow(accountId, byName.get(change.entity), change)));
  await db.transaction('rw', ['settings', ...tables], async () => {
    if (restart) {
      for (const mirror of mirrors) {
        const mine = db.table(mirror.table).where('accountId').equals(accountId);
        // Kept rows are marked until the feed brings them again: what stays marked the server has lost.
        if (mirror.keepOnReset) await mine.modify({ stale: true });
        else await mine.delete();
      }
    }
    for (const [i, change] of page.changes.entries()) {
      byEntity.set(change.entity, [...(byEntity.get(change.entity) ?? []), change]);
      const mirror = byName.get(change.entity);
      if (mirror) await applyOne(db, accountId, mirror, change, rows[i]);
    }
    await db.settings.put({ key: CURSOR_PREFIX + accountId, value: cursor });
  });
  return { byEntity, cursor };
}

/** The row an upsert stores (checked, sealed if the account encrypts); undefined for a delete or a misfit. */
async function storedRow(accountId: string, mirror: Mirror | undefined, change: FeedChange): Promise<object | undefined> {
  if (!mirror || change.op === 'delete' || change.row === undefined) return undefined;
  const parsed = v.safeParse(mirror.schema, change.row);
  if (!parsed.success) {
    console.warn(`okno: a ${change.entity} row from the feed does not fit its schema; skipped`, v.flatten(parsed.issues));
    return undefined;
  }
  return sealRow(mirror.table, mirror.toRow(accountId, parsed.output));
}

async function applyOne(db: OknoDb, accountId: string, mirror: Mirror, change: FeedChange, row: object | undefined): Promise<void> {
  const table = db.table(mirror.table);
  if (change.op === 'delete' || change.row === undefined) {
    const stored = (await table.get(change.id)) as { accountId?: string } | undefined;
    if (stored?.accountId === accountId && !mirror.keepOnReset) await table.delete(change.id);
    return;
  }
  if (row) await table.put(row);
}

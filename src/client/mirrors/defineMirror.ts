// How one server entity is mirrored on the device: declared once, applied by the change feed.
// A mirror never fetches: the feed carries the row (as the owner sees it) and the mirror only checks it
// with the shared schema and stores it under the account. Pages read the table with live queries.
import type * as v from 'valibot';

/** Tables of «okno» that hold server data; each row has `id` and `accountId`. */
export type MirrorTable = 'applications' | 'notifications' | 'receipts' | 'payments' | 'refunds' | 'appeals' | 'bookings';

export interface Mirror<S extends v.GenericSchema = v.GenericSchema> {
  /** The entity name the server logs (recordChange's first argument). */
  entity: string;
  table: MirrorTable;
  /** The row as the server shows it to its owner (shared with the handler, in src/domain). */
  schema: S;
  /** The stored row: the view plus the keys the table indexes. (Method syntax: a registry lists mirrors of any schema.) */
  toRow(accountId: string, view: v.InferOutput<S>): { id: string; accountId: string } & Record<string, unknown>;
  /** Keep the account's rows when the server starts over (a reset): e.g. receipts are kept for years. */
  keepOnReset?: boolean;
}

/** Identity with types: lets a mirror's toRow see its own schema's output. */
export function defineMirror<S extends v.GenericSchema>(mirror: Mirror<S>): Mirror<S> {
  return mirror;
}

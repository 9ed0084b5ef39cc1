// The change feed contract: the server logs what changed per account, the client pulls it by cursor.
// Each change carries the row as its owner sees it (like a typed diff), so the client applies it to its
// mirror without asking again; a `delete`, or a row the caller may no longer see, carries none.
import * as v from 'valibot';

/** What the server's log stores: which record moved, and whose it is ('' = everyone's, e.g. the clock). */
export const ChangeSchema = v.object({
  seq: v.number(),
  /** Simulated time of the change (ms). */
  at: v.number(),
  entity: v.string(),
  id: v.string(),
  op: v.picklist(['put', 'delete']),
  accountId: v.optional(v.string()),
});
export type Change = v.InferOutput<typeof ChangeSchema>;

/** What /api/changes answers for each change: the log entry plus the current row, checked by the mirror. */
export const FeedChangeSchema = v.object({
  seq: v.number(),
  at: v.number(),
  entity: v.string(),
  id: v.string(),
  op: v.picklist(['put', 'delete']),
  row: v.optional(v.unknown()),
});
export type FeedChange = v.InferOutput<typeof FeedChangeSchema>;

/** GET /api/changes?since=N (signed in): only the caller's changes and everyone's (clock, faults). */
export const ChangesQuerySchema = v.object({
  since: v.pipe(v.optional(v.string(), '0'), v.regex(/^\d+$/, 'since must be a non-negative integer'), v.transform(Number)),
});

export const ChangesPageSchema = v.object({
  /** Changes on the server since its last reset; a new epoch means the client must start over. */
  epoch: v.string(),
  cursor: v.number(),
  changes: v.array(FeedChangeSchema),
  more: v.boolean(),
  /** Simulated time of the answer: what «показаны данные на …» says when the server is down later. */
  asOf: v.number(),
});
export type ChangesPage = v.InferOutput<typeof ChangesPageSchema>;

export const CHANGES_PAGE_SIZE = 500;

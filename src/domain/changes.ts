// The change feed contract: the server logs what changed, the client pulls it by cursor.
import * as v from 'valibot';

export const ChangeSchema = v.object({
  seq: v.number(),
  /** Simulated time of the change (ms). */
  at: v.number(),
  entity: v.string(),
  id: v.string(),
  op: v.picklist(['put', 'delete']),
});
export type Change = v.InferOutput<typeof ChangeSchema>;

export const ChangesPageSchema = v.object({
  /** Changes on the server since its last reset; a new epoch means the client must start over. */
  epoch: v.string(),
  cursor: v.number(),
  changes: v.array(ChangeSchema),
  more: v.boolean(),
});
export type ChangesPage = v.InferOutput<typeof ChangesPageSchema>;

export const CHANGES_PAGE_SIZE = 500;

// QA's request journal: the last requests the backend handled, bounded, for the rare test that must assert
// on what reached the department systems. Written by the router; never read by the app itself.
import * as v from 'valibot';
import type { ServerDb } from './db';

/** How many requests the journal keeps; older ones are dropped. */
export const JOURNAL_LIMIT = 500;

export const JournalEntrySchema = v.object({
  id: v.number(),
  /** Simulated time of the request (ms). */
  at: v.number(),
  method: v.string(),
  path: v.string(),
  /** Query string without the leading «?», when there was one. */
  query: v.optional(v.string()),
  /** 0 when a simulated network error answered. */
  status: v.number(),
  /** Real time the backend took (ms), simulated latency included. */
  durationMs: v.number(),
  /** The scenario header, when the caller sent one. */
  scenario: v.optional(v.string()),
  /** The matrix rule that applied, as "route → failure" (or latency only), and the draw number. */
  fault: v.optional(v.string()),
  draw: v.optional(v.number()),
});
export type JournalRow = Omit<v.InferOutput<typeof JournalEntrySchema>, 'id'> & { id?: number };

/** Adds an entry and drops the oldest beyond JOURNAL_LIMIT; a failure to write is logged, never the caller's. */
export async function recordRequest(db: ServerDb, entry: JournalRow): Promise<void> {
  try {
    const id = await db.journal.add(entry);
    if (id % 50 === 0) await db.journal.where(':id').belowOrEqual(id - JOURNAL_LIMIT).delete();
  } catch (error) {
    console.warn('okno-server: the request journal was not written', error);
  }
}

// QA's request journal: the last requests the backend handled, bounded, for the rare test that must assert
// on what reached the department systems. Written by the router; never read by the app itself.
import type * as v from 'valibot';
import { JournalEntrySchema } from '../domain/answers/sim';
import type { ServerDb } from './db';

/** How many requests the journal keeps; older ones are dropped. */
export const JOURNAL_LIMIT = 500;

// The entry's shape is the contract's (GET /api/_sim/journal answers a list of them).
export { JournalEntrySchema };
export type JournalRow = Omit<v.InferOutput<typeof JournalEntrySchema>, 'id'> & { id?: number };

/** Adds an entry and drops the oldest beyond JOURNAL_LIMIT; a failure to write is logged, never the caller's. */
export async function recordRequest(db: ServerDb, entry: JournalRow): Promise<void> {
  try {
    const id = await db.journal.add(entry);
    if (id % 50 === 0)
      await db.journal
        .where(':id')
        .belowOrEqual(id - JOURNAL_LIMIT)
        .delete();
  } catch (error) {
    console.warn('okno-server: the request journal was not written', error);
  }
}

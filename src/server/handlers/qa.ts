// QA's side of /api/_sim: the fault matrix (set, read) and the request journal (staff-only, like the
// inbox: on a shared stand, what others sent is not for every visitor).
import * as v from 'valibot';
import { FaultMatrixSchema } from '../../domain/faultMatrix';
import { json, parseWith, readJson } from '../http';
import { JOURNAL_LIMIT } from '../journal';
import { readDraws, readMatrix, writeMatrix } from '../matrixFaults';
import { requireOperator } from '../operator';
import type { Handler } from '../router';

export const getFaultMatrix: Handler = async ({ db }) => json({ ...(await readMatrix(db)), draws: await readDraws(db) });

/** Replaces the matrix ({rules: []} clears it) and starts its draws again from the first. */
export const putFaultMatrix: Handler = async ({ db, request }) => {
  const matrix = await readJson(request, FaultMatrixSchema);
  await writeMatrix(db, matrix);
  return json({ ...matrix, draws: 0 });
};

export const JournalQuerySchema = v.object({
  /** Only entries after this id (the id of the last one seen). */
  after: v.optional(v.pipe(v.string(), v.transform(Number), v.integer('invalid_value'), v.minValue(0, 'invalid_value'))),
  limit: v.optional(
    v.pipe(v.string(), v.transform(Number), v.integer('invalid_value'), v.minValue(1, 'invalid_value'), v.maxValue(JOURNAL_LIMIT, 'invalid_value')),
  ),
});

/** GET /api/_sim/journal?after=&limit= — the requests handled, oldest first, with a staff session. */
export const getJournal: Handler = async (ctx) => {
  const query = parseWith(JournalQuerySchema, {
    after: ctx.url.searchParams.get('after') ?? undefined,
    limit: ctx.url.searchParams.get('limit') ?? undefined,
  });
  await requireOperator(ctx);
  const limit = query.limit ?? JOURNAL_LIMIT;
  const rows = await ctx.db.journal
    .where(':id')
    .above(query.after ?? 0)
    .toArray();
  return json(rows.slice(-limit));
};

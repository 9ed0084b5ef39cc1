// GET /api/changes?since=N: what changed after cursor N, so the client can update its mirrors.
import * as v from 'valibot';
import { CHANGES_PAGE_SIZE, type ChangesPage } from '../../domain/changes';
import { json, parseWith } from '../http';
import type { Handler } from '../router';
import { readEpoch } from '../simSettings';

const SinceSchema = v.pipe(
  v.optional(v.string(), '0'),
  v.regex(/^\d+$/, 'since must be a non-negative integer'),
  v.transform(Number),
);

export const getChanges: Handler = async ({ db, url }) => {
  const since = parseWith(v.object({ since: SinceSchema }), { since: url.searchParams.get('since') ?? undefined }).since;
  const epoch = await readEpoch(db);
  const rows = await db.changes.where('seq').above(since).limit(CHANGES_PAGE_SIZE + 1).toArray();
  const page = rows.slice(0, CHANGES_PAGE_SIZE);
  const last = page.at(-1)?.seq ?? since;
  const body: ChangesPage = { epoch, cursor: last, changes: page, more: rows.length > CHANGES_PAGE_SIZE };
  return json(body);
};

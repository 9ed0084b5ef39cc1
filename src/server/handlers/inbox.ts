// GET /api/_sim/inbox: every SMS and e-mail the simulation «sent», newest first, for the inbox views
// and for tests that need to read a code.
import * as v from 'valibot';
import { json, parseWith } from '../http';
import type { Handler } from '../router';

const INBOX_LIMIT = 200;
const QuerySchema = v.object({
  channel: v.optional(v.picklist(['sms', 'email'])),
  to: v.optional(v.pipe(v.string(), v.maxLength(120))),
});

export const getInbox: Handler = async ({ db, url }) => {
  const query = parseWith(QuerySchema, {
    channel: url.searchParams.get('channel') ?? undefined,
    to: url.searchParams.get('to') ?? undefined,
  });
  const rows = await db.inbox
    .orderBy('id')
    .reverse()
    .filter((row) => (!query.channel || row.channel === query.channel) && (!query.to || row.to === query.to))
    .limit(INBOX_LIMIT)
    .toArray();
  return json(rows);
};

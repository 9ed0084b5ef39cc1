// The simulated phones and mailboxes, one per person. A citizen reads only their own account's messages;
// a page in the middle of a code flow reads only that flow's messages (and, for an existing account, only
// on the device that holds its handset); QA reads any inbox with a staff session of the operator console.
import * as v from 'valibot';
import { ApiError, json, parseWith } from '../http';
import { audit, requireOperator } from '../operator';
import type { Handler, RequestContext } from '../router';
import type { InboxRow } from '../rows';
import { requireAccount } from '../auth/sessions';
import { findFlow, FLOW_COMPLETE_TTL_MS } from '../auth/codes';
import { handsetMatches, HANDSET_HEADER } from '../auth/handset';

const INBOX_LIMIT = 200;
/** How long the page that sent a request to support may read the answers sent to its contact. */
const REQUEST_INBOX_MS = 7 * 24 * 3_600_000;
export const QuerySchema = v.object({
  channel: v.optional(v.picklist(['sms', 'email'], 'invalid_value')),
  to: v.optional(v.pipe(v.string(), v.maxLength(120, 'too_long'))),
});

function query(ctx: RequestContext) {
  return parseWith(QuerySchema, {
    channel: ctx.url.searchParams.get('channel') ?? undefined,
    to: ctx.url.searchParams.get('to') ?? undefined,
  });
}

type Query = ReturnType<typeof query>;
const wanted = (q: Query) => (row: InboxRow) => (!q.channel || row.channel === q.channel) && (!q.to || row.to === q.to);
/** Only what a phone or mailbox shows: never the owner or flow ids. */
const shown = ({ id, channel, to, at, subject, body }: InboxRow) => ({ id, channel, to, at, ...(subject === undefined ? {} : { subject }), body });

/** GET /api/inbox?channel= — the signed-in person's own SMS and e-mails, newest first. */
export const getMyInbox: Handler = async (ctx) => {
  const q = query(ctx);
  const { account } = await requireAccount(ctx);
  const rows = await ctx.db.inbox.where('accountId').equals(account.id).reverse().sortBy('id');
  return json(rows.filter(wanted(q)).slice(0, INBOX_LIMIT).map(shown));
};

/**
 * GET /api/auth/flows/:flowId/inbox — the messages a code flow sent, while it lasts. A flow of an existing
 * account (reset, second factor) shows them only to the device holding that account's handset: on a shared
 * stand, whoever starts a reset for someone else's number must not read that person's code.
 */
export const getFlowInbox: Handler = async (ctx) => {
  const q = query(ctx);
  // A request to support (issue 19.12): its page reads what was sent to the contact it gave, for a week.
  const request = await ctx.db.recoveryRequests
    .where('inbox')
    .equals(ctx.params.flowId ?? '')
    .first();
  if (request && ctx.now <= request.createdAt + REQUEST_INBOX_MS) {
    const rows = await ctx.db.inbox.where('flowId').equals(request.inbox).reverse().sortBy('id');
    return json(rows.filter(wanted(q)).slice(0, INBOX_LIMIT).map(shown));
  }
  const flow = await findFlow(ctx, ctx.params.flowId ?? '');
  if (ctx.now > flow.issuedAt + FLOW_COMPLETE_TTL_MS) throw new ApiError(404, 'flow_not_found', 'This confirmation is unknown or finished');
  if (flow.accountId) {
    const account = await ctx.db.accounts.get(flow.accountId);
    if (!account || !(await handsetMatches(account, ctx.request.headers.get(HANDSET_HEADER)))) {
      throw new ApiError(403, 'handset_elsewhere', 'The code went to the account owner’s phone, which this device does not hold');
    }
  }
  const rows = await ctx.db.inbox.where('flowId').equals(flow.id).reverse().sortBy('id');
  return json(rows.filter(wanted(q)).slice(0, INBOX_LIMIT).map(shown));
};

/** GET /api/_sim/inbox?channel=&to= — QA's read of any inbox, with a staff session; every read is audited. */
export const getAnyInbox: Handler = async (ctx) => {
  await requireOperator(ctx);
  const q = query(ctx);
  const rows = await ctx.db.inbox.orderBy('id').reverse().filter(wanted(q)).limit(INBOX_LIMIT).toArray();
  await audit(ctx, { action: 'inbox_read', detail: [q.channel, q.to].filter(Boolean).join(' ') });
  return json(rows.map(shown));
};

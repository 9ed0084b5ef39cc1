// Catch-up on read for support chats: before any read or write, the scripted operator's messages that
// fell due on the simulated clock are written into the chat. Only when no clerk has taken it, so a demo
// stand without staff still shows the whole hand-over.
import { ARTICLES } from '../../domain/support/articles';
import { buildKbIndex, type KbIndex } from '../../domain/support/kbSearch';
import { scriptedMessagesDue } from '../../domain/support/scriptedOperator';
import type { RequestContext } from '../router';
import type { ChatRow } from './chatRows';

// The index is derived from constant article data, so keeping it between requests holds no state.
let index: KbIndex | undefined;
const kb = () => (index ??= buildKbIndex(ARTICLES));

/** Writes the due scripted messages; call inside a rw transaction on supportChats and changes. */
export async function settleChat(ctx: RequestContext, row: ChatRow): Promise<ChatRow> {
  if (row.clerk || (row.status !== 'queued' && row.status !== 'taken')) return row;
  const due = scriptedMessagesDue(row, ctx.now, kb());
  if (due.length === 0) return row;
  const joined = due.find((m) => m.from === 'system');
  const settled: ChatRow = {
    ...row,
    status: 'taken',
    operatorName: joined?.from === 'system' ? joined.name : row.operatorName,
    messages: [...row.messages, ...due],
    updatedAt: Math.max(row.updatedAt, ...due.map((m) => m.at)),
  };
  await ctx.db.supportChats.put(settled);
  await ctx.recordChange('supportChat', row.id, 'put', row.accountId ?? '');
  return settled;
}

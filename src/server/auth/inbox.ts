// The simulated SMS and e-mail gateway: every message «sent» is stored for the inbox views and tests.
import type { RequestContext } from '../router';
import type { InboxRow } from '../rows';

/** `at` defaults to now; a case's notice carries the moment its story reached it. */
export async function deliver(ctx: RequestContext, message: Omit<InboxRow, 'id' | 'at'>, at = ctx.now): Promise<void> {
  const id = await ctx.db.inbox.add({ ...message, at });
  await ctx.recordChange('inbox', String(id), 'put');
}

// The simulated SMS and e-mail gateway: every message «sent» is stored for the inbox views and tests.
import type { RequestContext } from '../router';
import type { InboxRow } from '../rows';

export async function deliver(ctx: RequestContext, message: Omit<InboxRow, 'id' | 'at'>): Promise<void> {
  const id = await ctx.db.inbox.add({ ...message, at: ctx.now });
  await ctx.recordChange('inbox', String(id), 'put');
}

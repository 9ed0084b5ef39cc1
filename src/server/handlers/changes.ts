// GET /api/changes?since=N: what changed for the signed-in caller after cursor N, each change with the
// row as the caller sees it, so the client updates its mirrors without refetching. Never another
// account's changes: the log is read by [accountId+seq], and each row's owner is checked again.
import { CHANGES_PAGE_SIZE, ChangesQuerySchema, type Change, type ChangesPage, type FeedChange } from '../../domain/changes';
import { requireAccount } from '../auth/sessions';
import { FEED_ENTITIES } from '../feed/feedEntities';
import { json, parseWith } from '../http';
import type { Handler, RequestContext } from '../router';
import { readEpoch } from '../simSettings';

/** Everyone's changes (the clock, the faults) are logged with this owner. */
export const EVERYONE = '';

async function logAfter(ctx: RequestContext, accountId: string, since: number): Promise<{ page: Change[]; more: boolean }> {
  const range = (owner: string) =>
    ctx.db.changes
      .where('[accountId+seq]')
      .between([owner, since + 1], [owner, Infinity])
      .limit(CHANGES_PAGE_SIZE + 1)
      .toArray();
  const [own, everyone] = await Promise.all([range(accountId), range(EVERYONE)]);
  const merged = [...own, ...everyone].sort((a, b) => a.seq - b.seq);
  return { page: merged.slice(0, CHANGES_PAGE_SIZE), more: merged.length > CHANGES_PAGE_SIZE };
}

/** One change per record (its latest), with the record's current row when the caller owns it. */
async function withRows(ctx: RequestContext, accountId: string, page: Change[]): Promise<FeedChange[]> {
  const latest = new Map<string, Change>();
  for (const change of page) {
    const key = `${change.entity}\u0000${change.id}`;
    latest.delete(key); // re-inserted so the map keeps the order of the last change
    latest.set(key, change);
  }
  const changes = [...latest.values()];
  const byEntity = new Map<string, Change[]>();
  for (const change of changes)
    if (change.op === 'put' && FEED_ENTITIES[change.entity]) byEntity.set(change.entity, [...(byEntity.get(change.entity) ?? []), change]);
  const rows = new Map<Change, unknown>();
  const hidden = new Set<Change>();
  for (const [entity, list] of byEntity) {
    const found = await FEED_ENTITIES[entity]!.read(
      ctx,
      list.map((c) => c.id),
    );
    list.forEach((change, i) => {
      const row = found[i];
      if (row?.accountId === accountId) rows.set(change, row.view);
      else hidden.add(change); // gone, or not the caller's: they learn nothing of it
    });
  }
  return changes.flatMap((change) => {
    const { seq, at, entity, id, op } = change;
    if (hidden.has(change)) return change.accountId === accountId ? [{ seq, at, entity, id, op: 'delete' as const }] : [];
    return [rows.has(change) ? { seq, at, entity, id, op, row: rows.get(change) } : { seq, at, entity, id, op }];
  });
}

export const getChanges: Handler = async (ctx) => {
  const { account } = await requireAccount(ctx);
  const { since } = parseWith(ChangesQuerySchema, { since: ctx.url.searchParams.get('since') ?? undefined });
  const epoch = await readEpoch(ctx.db);
  const { page, more } = await logAfter(ctx, account.id, since);
  const body: ChangesPage = { epoch, cursor: page.at(-1)?.seq ?? since, changes: await withRows(ctx, account.id, page), more, asOf: ctx.now };
  return json(body);
};

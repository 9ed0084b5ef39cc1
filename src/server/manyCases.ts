// Many applications at once for one citizen: QA's «10,000 applications» world and the bench's history
// measurement both write them here (one generator). The rows are written straight into «okno-server» in
// one transaction with their change-log entries, as the handlers record them, so the change feed fills
// the device's mirror; sending 10,000 cases through the route table would take minutes.
import type { ApplicationStatus } from '../domain/application';
import type { Change } from '../domain/changes';
import type { RequestContext } from './router';
import type { CaseRow } from './rows';

const HOUR = 3_600_000;
/** Every status a list shows, in turn, so filters have something to find. */
const STATUSES: ApplicationStatus[] = ['sent', 'accepted', 'in_processing', 'documents_requested', 'ready', 'issued', 'rejected'];

/**
 * `count` residence-certificate cases of `accountId`, one an hour back from `now`, newest first. They play
 * the «manual» story and have no `next`, so the lifecycle never moves them: each keeps the status it is given.
 */
export function manyCaseRows(accountId: string, count: number, now: number): CaseRow[] {
  const prefix = accountId.slice(0, 8);
  return Array.from({ length: count }, (_, i) => {
    const at = now - i * HOUR;
    const status = STATUSES[i % STATUSES.length]!;
    return {
      id: `many-${prefix}-${i}`,
      accountId,
      draftId: `many:${accountId}:${i}`,
      number: `2026-M${prefix.toUpperCase()}-${i}`,
      serviceId: 'residence-certificate',
      answers: { surname: 'Иванова' },
      resultWay: 'electronic',
      submittedAt: at,
      scenario: 'manual',
      seed: `many:${i}`,
      validityMonths: 1,
      events: [],
      status,
      updatedAt: at,
      timeline: [{ at, status }],
      state: { tracking: [], requests: [] },
    } as CaseRow;
  });
}

/** Writes the rows and their change-log entries in one transaction; the feed then tells the device. */
export async function writeManyCases(ctx: RequestContext, accountId: string, count: number): Promise<number> {
  const rows = manyCaseRows(accountId, count, ctx.now);
  await ctx.db.transaction('rw', ctx.db.cases, ctx.db.changes, async () => {
    await ctx.db.cases.bulkAdd(rows);
    // Newest first, as the bench always wrote them: the device shows the top of the list while the rest arrives.
    const last = rows.at(-1);
    await ctx.db.changes.bulkAdd(rows.slice(0, -1).map((row) => ({ at: row.updatedAt, entity: 'case', id: row.id, op: 'put', accountId }) as Change));
    // The last one through recordChange, so the request ends by waking the device's feed.
    if (last) await ctx.recordChange('case', last.id, 'put', accountId);
  });
  return rows.length;
}

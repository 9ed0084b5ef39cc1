// The audit journal: every action the user should be able to look back on.
import { getDb } from '../database';
import type { AuditRow } from '../rows';

export async function logAction(accountId: string, kind: string, at: number, detail?: string): Promise<void> {
  const row: AuditRow = { accountId, kind, at };
  if (detail !== undefined) row.detail = detail;
  await getDb().audit.add(row);
}

export function listActions(accountId: string, limit = 200): Promise<AuditRow[]> {
  return getDb()
    .audit.where('[accountId+at]')
    .between([accountId, -Infinity], [accountId, Infinity])
    .reverse()
    .limit(limit)
    .toArray();
}

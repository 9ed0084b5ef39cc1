// The audit journal: every action the user should be able to look back on.
import { getDb } from '../database';
import type { AuditRow } from '../rows';
import { openRows, sealRow } from '../vault/rowSeal';

/** A journal row as stored: sealed when the account encrypts (a detail may name a file). Make it before a transaction. */
export async function auditRow(accountId: string, kind: string, at: number, detail?: string): Promise<AuditRow> {
  const row: AuditRow = { accountId, kind, at };
  if (detail !== undefined) row.detail = detail;
  return sealRow('audit', row);
}

export async function logAction(accountId: string, kind: string, at: number, detail?: string): Promise<void> {
  await getDb().audit.add(await auditRow(accountId, kind, at, detail));
}

export async function listActions(accountId: string, limit = 200): Promise<AuditRow[]> {
  const rows = await getDb().audit.where('[accountId+at]').between([accountId, -Infinity], [accountId, Infinity]).reverse().limit(limit).toArray();
  return openRows(rows);
}

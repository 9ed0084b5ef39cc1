// Writes sign-ins and sign-outs to the device's audit journal. The repository loads lazily, so the
// first route does not carry the database.
import { onSessionEvent } from '../../client/sessionState';

export function startAuditTrail(): void {
  onSessionEvent(({ kind, account }) => {
    void import('../../client/repos/auditRepo').then(({ logAction }) => logAction(account.id, `session.${kind}`, Date.now()));
  });
}

export async function audit(accountId: string, kind: string, detail?: string): Promise<void> {
  const { logAction } = await import('../../client/repos/auditRepo');
  await logAction(accountId, kind, Date.now(), detail);
}

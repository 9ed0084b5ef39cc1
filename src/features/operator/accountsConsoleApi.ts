// The console's calls about citizens' accounts: identity scans waiting for an answer (issue 19.15) and
// requests to restore access (issue 19.12). Every call carries the staff token.
import { apiRequest } from '../../client/api';
import { IdentityStateSchema } from '../../domain/account';
import { PendingScansSchema, type IdentityDecision } from '../../domain/identityRefusal';
import { ConsoleRecoveriesSchema, ConsoleRecoverySchema } from '../../domain/recovery';

const headers = (pin: string) => ({ 'X-Okno-Operator': pin });

export const listScans = (pin: string) => apiRequest('GET', '/operator/identity', PendingScansSchema, { headers: headers(pin) });
export const decideScan = (pin: string, accountId: string, decision: IdentityDecision) =>
  apiRequest('POST', `/operator/identity/${encodeURIComponent(accountId)}`, IdentityStateSchema, { body: decision, headers: headers(pin) });
export const listRecoveries = (pin: string) => apiRequest('GET', '/operator/recovery-requests', ConsoleRecoveriesSchema, { headers: headers(pin) });
export const decideRecovery = (pin: string, id: string, decision: 'approve' | 'refuse') =>
  apiRequest('POST', `/operator/recovery-requests/${encodeURIComponent(id)}`, ConsoleRecoverySchema, { body: { decision }, headers: headers(pin) });

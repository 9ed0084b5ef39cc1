// The walk's steps for issue 19.12 and 19.15: the console refuses the walking citizen's waiting scan
// (sent by accountSteps), then the QA scenario is read and set. Test-only.
import type { PlannedStep, WalkKit } from './walkTypes';

export function recoverySteps(kit: WalkKit): PlannedStep[] {
  const { ids } = kit;
  return [
    { route: 'GET /api/operator/identity', keep: (a) => (ids.scanAccount = (a.scans as { accountId: string }[])[0]?.accountId ?? '') },
    () => ({ route: 'POST /api/operator/identity/:accountId', params: { accountId: ids.scanAccount! } }),
    { route: 'GET /api/_sim/identity-scenario' },
    { route: 'POST /api/_sim/identity-scenario' },
  ];
}

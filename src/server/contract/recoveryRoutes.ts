// The contract of issue 19.12 and 19.15: identity scans the department may refuse (the QA scenario,
// the console's decision), recovery contacts, recovery through support and the temporary password.
import { IdentityStateSchema } from '../../domain/account';
import { IdentityDecisionSchema, IdentityScenarioSchema, IdentityScenarioSettingSchema, PendingScansSchema } from '../../domain/identityRefusal';
import * as v from 'valibot';
import { entry } from './entry';
import type { Contract } from './types';

export const RECOVERY_ROUTES: Contract = {
  'GET /api/_sim/identity-scenario': entry(
    'sim',
    'anyone',
    'How the department answers new identity scans',
    'Как ведомство отвечает на новые сканы',
    {
      ok: { status: 200, schema: IdentityScenarioSettingSchema },
    },
  ),
  'POST /api/_sim/identity-scenario': entry(
    'sim',
    'anyone',
    'Approve, refuse with a reason, or leave new scans to the console',
    'Подтверждать, отказывать с причиной или оставлять сканы пульту',
    {
      body: v.object({ scenario: IdentityScenarioSchema }),
      ok: { status: 200, schema: IdentityScenarioSettingSchema },
      example: { body: { scenario: 'manual' } },
    },
  ),
  'GET /api/operator/identity': entry('operator', 'operator', 'Identity scans waiting for an answer', 'Сканы личности, ждущие ответа', {
    ok: { status: 200, schema: PendingScansSchema },
  }),
  'POST /api/operator/identity/:accountId': entry(
    'operator',
    'operator',
    'Approve a waiting scan, or refuse it with a reason',
    'Подтвердить скан или отказать с причиной',
    {
      body: IdentityDecisionSchema,
      ok: { status: 200, schema: IdentityStateSchema },
      errors: ['not_found'],
      example: { params: { accountId: 'a1b2c3d4' }, body: { decision: 'refuse', reason: 'bad_quality' } },
    },
  ),
};

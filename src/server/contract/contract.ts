// The whole contract: one entry per route of the route table (app.ts ROUTES), the document route included.
import * as v from 'valibot';
import { ACCOUNT_ROUTES } from './accountRoutes';
import { ACCOUNT_SECURITY_ROUTES } from './accountSecurityRoutes';
import { APPEAL_ROUTES_CONTRACT } from './appealsRoutes';
import { CASE_ROUTES } from './casesRoutes';
import { OFFICE_ROUTES } from './officesRoutes';
import { PAYMENT_ROUTES } from './paymentsRoutes';
import { SIM_ROUTES } from './simRoutes';
import { RECOVERY_ROUTES } from './recoveryRoutes';
import { entry } from './entry';
import type { Contract } from './types';

export const CONTRACT: Contract = {
  'GET /api/openapi.json': entry('health', 'anyone', 'This contract as an OpenAPI 3.1 document', 'Этот контракт как документ OpenAPI 3.1', {
    ok: { status: 200, schema: v.looseObject({ openapi: v.literal('3.1.0'), paths: v.record(v.string(), v.unknown()) }) },
  }),
  ...ACCOUNT_ROUTES,
  ...ACCOUNT_SECURITY_ROUTES,
  ...CASE_ROUTES,
  ...PAYMENT_ROUTES,
  ...APPEAL_ROUTES_CONTRACT,
  ...OFFICE_ROUTES,
  ...SIM_ROUTES,
  ...RECOVERY_ROUTES,
};

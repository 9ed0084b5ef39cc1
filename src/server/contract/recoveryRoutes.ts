// The contract of issue 19.12 and 19.15: identity scans the department may refuse (the QA scenario,
// the console's decision), recovery contacts, recovery through support and the temporary password.
import { AccountViewSchema, CodeTicketSchema, LoginResultSchema } from '../../domain/account';
import { IdentityStateSchema } from '../../domain/account';
import {
  BackupEmailSchema,
  BackupPhoneSchema,
  BackupVerifySchema,
  ConsoleRecoveriesSchema,
  ConsoleRecoverySchema,
  RecoveryDecisionSchema,
  RecoveryReceiptSchema,
  ResetOptionsRequestSchema,
  ResetOptionsSchema,
  SupportRecoverySchema,
  TemporaryChangeSchema,
} from '../../domain/recovery';
import { IdentityDecisionSchema, IdentityScenarioSchema, IdentityScenarioSettingSchema, PendingScansSchema } from '../../domain/identityRefusal';
import * as v from 'valibot';
import { entry } from './entry';
import type { Contract } from './types';

const FLOW = { flowId: 'f3a1c2d4e5f60718', code: '123456' };
const CODE_ERRORS = ['code_wrong', 'code_expired', 'code_attempts_exceeded', 'flow_not_found'] as const;

export const RECOVERY_ROUTES: Contract = {
  'POST /api/auth/reset/options': entry('auth', 'anyone', 'Where a reset code may go, masked', 'Куда можно прислать код восстановления', {
    body: ResetOptionsRequestSchema,
    ok: { status: 200, schema: ResetOptionsSchema },
    example: { body: { login: '+79123456789' } },
  }),
  'POST /api/auth/recovery-requests': entry(
    'auth',
    'anyone',
    'Ask support to restore access when every contact is lost',
    'Попросить поддержку восстановить доступ, если контактов нет',
    {
      body: SupportRecoverySchema,
      ok: { status: 201, schema: RecoveryReceiptSchema },
      example: {
        body: { surname: 'Иванова', name: 'Мария', birthDate: '05.03.1990', snils: '112-233-445 95', contact: '+79120000099' },
      },
    },
  ),
  'POST /api/auth/login/new-password': entry(
    'auth',
    'flow',
    'Replace the temporary password from support; the session opens',
    'Сменить временный пароль от поддержки; сеанс открывается',
    {
      body: TemporaryChangeSchema,
      ok: { status: 200, schema: LoginResultSchema },
      errors: ['temporary_password_expired'],
      example: { body: { flowId: FLOW.flowId, password: 'Svoj#Parol5' } },
    },
  ),
  'GET /api/operator/recovery-requests': entry('operator', 'operator', 'Requests to restore access', 'Запросы на восстановление доступа', {
    ok: { status: 200, schema: ConsoleRecoveriesSchema },
  }),
  'POST /api/operator/recovery-requests/:id': entry(
    'operator',
    'operator',
    'Approve (a temporary password to the contact given) or refuse',
    'Одобрить (временный пароль на указанный контакт) или отказать',
    {
      body: RecoveryDecisionSchema,
      ok: { status: 200, schema: ConsoleRecoverySchema },
      errors: ['not_found', 'conflict', 'recovery_no_match'],
      example: { params: { id: 'r1b2c3d4' }, body: { decision: 'approve' } },
    },
  ),
  'POST /api/me/recovery/phone': entry(
    'me',
    'citizen',
    'Add a backup phone: a code is sent to it',
    'Добавить резервный телефон: на него придёт код',
    {
      body: BackupPhoneSchema,
      ok: { status: 201, schema: CodeTicketSchema },
      errors: ['resend_too_soon'],
      example: { body: { phone: '+79120000088' } },
    },
  ),
  'POST /api/me/recovery/phone/verify': entry('me', 'citizen', 'Confirm the backup phone', 'Подтвердить резервный телефон', {
    body: BackupVerifySchema,
    ok: { status: 200, schema: AccountViewSchema },
    errors: CODE_ERRORS,
    example: { body: FLOW },
  }),
  'POST /api/me/recovery/email': entry('me', 'citizen', 'Add a backup e-mail: a code is sent to it', 'Добавить резервную почту: на неё придёт код', {
    body: BackupEmailSchema,
    ok: { status: 201, schema: CodeTicketSchema },
    errors: ['resend_too_soon'],
    example: { body: { email: 'reserve@example.ru' } },
  }),
  'POST /api/me/recovery/email/verify': entry('me', 'citizen', 'Confirm the backup e-mail', 'Подтвердить резервную почту', {
    body: BackupVerifySchema,
    ok: { status: 200, schema: AccountViewSchema },
    errors: CODE_ERRORS,
    example: { body: FLOW },
  }),
  'DELETE /api/me/recovery/:kind': entry('me', 'citizen', 'Remove the backup phone or e-mail', 'Удалить резервный телефон или почту', {
    ok: { status: 200, schema: AccountViewSchema },
    errors: ['not_found'],
    example: { params: { kind: 'phone' } },
  }),
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

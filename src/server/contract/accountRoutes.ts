// The contract of health, registration, sign-in, the citizen's account, profile, identity and notices.
import * as v from 'valibot';
import {
  AccountViewSchema,
  CodeTicketSchema,
  FlowCodeSchema,
  FlowOnlySchema,
  IdentityStateSchema,
  InboxMessageSchema,
  LoginResultSchema,
  LoginSchema,
  PasswordCheckResultSchema,
  PasswordCheckSchema,
  ProfileEnvelopeSchema,
  RegisterCompleteSchema,
  RegisterStartSchema,
  ResetCompleteSchema,
  ResetStartSchema,
  ScanRequestSchema,
  SecuritySettingsSchema,
  SessionGrantSchema,
  SignatureProofSchema,
  SignInRecordSchema,
} from '../../domain/account';
import { ChallengeSchema, SignedOutSchema, VerifiedSchema } from '../../domain/answers/account';
import { HealthSchema, ResetDoneSchema } from '../../domain/answers/sim';
import { ChangesPageSchema, ChangesQuerySchema } from '../../domain/changes';
import { NoticeListSchema, NoticesReadResultSchema, NoticesReadSchema } from '../../domain/notices';
import { NotificationPrefsSchema } from '../../domain/notifications';
import { createProfileSchema } from '../../domain/profile';
import { QuerySchema as InboxQuerySchema } from '../handlers/inbox';
import { KeyRegistrationSchema, SignatureKeyViewSchema } from '../../domain/submissionSignature';
import { entry } from './entry';
import type { Contract } from './types';

/** The profile's schema depends on today (birth dates in the past); the contract is written for a fixed day. */
const CONTRACT_DAY = '2026-03-02';
const PHONE = '+79123456789';
const FLOW = { flowId: 'f3a1c2d4e5f60718', code: '123456' };
const PERSON = { surname: 'Иванова', name: 'Мария', patronymic: 'Петровна', birthDate: '05.03.1990', gender: 'female' };

export const ACCOUNT_ROUTES: Contract = {
  'GET /api/health': entry('health', 'anyone', 'Is the simulated backend up', 'Работает ли имитация ведомств', {
    ok: { status: 200, schema: HealthSchema },
  }),
  'GET /api/changes': entry('me', 'citizen', 'Changes since a cursor (the change feed)', 'Изменения с отметки (лента изменений)', {
    query: ChangesQuerySchema,
    ok: { status: 200, schema: ChangesPageSchema },
    example: { query: { since: '0' } },
  }),
  'GET /api/inbox': entry('me', 'citizen', "The citizen's simulated SMS and e-mail", 'Имитация SMS и писем гражданина', {
    query: InboxQuerySchema,
    ok: { status: 200, schema: v.array(InboxMessageSchema) },
    example: { query: { channel: 'sms' } },
  }),
  'GET /api/auth/flows/:flowId/inbox': entry(
    'auth',
    'flow',
    'Messages of a running code flow (registration, reset)',
    'Сообщения идущей проверки кода (регистрация, сброс)',
    {
      query: InboxQuerySchema,
      ok: { status: 200, schema: v.array(InboxMessageSchema) },
      example: { params: { flowId: FLOW.flowId }, query: { channel: 'sms' } },
    },
  ),
  'POST /api/auth/register': entry('auth', 'anyone', 'Start registration: send a code to the phone', 'Начать регистрацию: код на телефон', {
    body: RegisterStartSchema,
    ok: { status: 201, schema: CodeTicketSchema },
    errors: ['phone_taken', 'resend_too_soon'],
    example: { body: { phone: PHONE } },
  }),
  'POST /api/auth/register/verify': entry('auth', 'flow', 'Check the registration code', 'Проверить код регистрации', {
    body: FlowCodeSchema,
    ok: { status: 200, schema: VerifiedSchema },
    errors: ['code_wrong', 'code_expired', 'code_attempts_exceeded'],
    example: { body: FLOW },
  }),
  'POST /api/auth/register/complete': entry('auth', 'flow', 'Finish registration and open a session', 'Завершить регистрацию и войти', {
    body: RegisterCompleteSchema,
    ok: { status: 201, schema: v.object({ ...SessionGrantSchema.entries, handset: v.string() }) },
    errors: ['email_taken', 'phone_taken', 'code_expired'],
    example: { body: { flowId: FLOW.flowId, person: PERSON, email: 'ivanova@example.ru', password: 'Zelenyj#Sad7', consent: true } },
  }),
  'POST /api/auth/code/resend': entry('auth', 'flow', 'Send the code again', 'Отправить код ещё раз', {
    body: FlowOnlySchema,
    ok: { status: 200, schema: CodeTicketSchema },
    errors: ['resend_too_soon', 'code_expired'],
    example: { body: { flowId: FLOW.flowId } },
  }),
  'POST /api/auth/login': entry(
    'auth',
    'anyone',
    'Sign in with phone, e-mail or SNILS and a password',
    'Вход по телефону, почте или СНИЛС и паролю',
    {
      body: LoginSchema,
      ok: { status: 200, schema: LoginResultSchema },
      errors: ['bad_credentials', 'locked', 'email_unconfirmed'],
      example: { body: { login: PHONE, password: 'Zelenyj#Sad7', remember: false } },
    },
  ),
  'POST /api/auth/login/verify': entry('auth', 'flow', 'The second factor: the code from the SMS', 'Второй фактор: код из SMS', {
    body: FlowCodeSchema,
    ok: { status: 200, schema: LoginResultSchema },
    errors: ['code_wrong', 'code_expired', 'code_attempts_exceeded'],
    example: { body: FLOW },
  }),
  'POST /api/auth/reset': entry('auth', 'anyone', 'Start a password reset', 'Начать восстановление пароля', {
    body: ResetStartSchema,
    ok: { status: 201, schema: CodeTicketSchema },
    errors: ['resend_too_soon'],
    example: { body: { login: PHONE, channel: 'sms' } },
  }),
  'POST /api/auth/reset/verify': entry('auth', 'flow', 'Check the reset code', 'Проверить код восстановления', {
    body: FlowCodeSchema,
    ok: { status: 200, schema: VerifiedSchema },
    errors: ['code_wrong', 'code_expired', 'code_attempts_exceeded'],
    example: { body: FLOW },
  }),
  'POST /api/auth/reset/complete': entry('auth', 'flow', 'Set the new password', 'Задать новый пароль', {
    body: ResetCompleteSchema,
    ok: { status: 200, schema: ResetDoneSchema },
    errors: ['code_expired'],
    example: { body: { flowId: FLOW.flowId, password: 'Novyj#Sad8' } },
  }),
  'POST /api/auth/logout': entry('auth', 'citizen', 'End this session', 'Завершить сеанс', {
    ok: { status: 200, schema: SignedOutSchema },
    example: { body: {} },
  }),
  'GET /api/me': entry('me', 'citizen', 'The signed-in account', 'Учётная запись вошедшего', { ok: { status: 200, schema: AccountViewSchema } }),
  'PATCH /api/me/security': entry('me', 'citizen', 'Second factor and inactivity time-out', 'Второй фактор и время бездействия', {
    body: SecuritySettingsSchema,
    ok: { status: 200, schema: AccountViewSchema },
    example: { body: { twoFactor: true } },
  }),
  'POST /api/me/password/check': entry(
    'me',
    'citizen',
    'Check the current password (before encrypting data)',
    'Проверить текущий пароль (перед шифрованием)',
    {
      body: PasswordCheckSchema,
      ok: { status: 200, schema: PasswordCheckResultSchema },
      errors: ['wrong_password', 'locked'],
      example: { body: { password: 'Zelenyj#Sad7' } },
    },
  ),
  'GET /api/me/signins': entry('me', 'citizen', 'Recent sign-ins', 'Последние входы', { ok: { status: 200, schema: v.array(SignInRecordSchema) } }),
  'PUT /api/me/notifications': entry('me', 'citizen', 'Which notices go by SMS, e-mail, push', 'Какие уведомления по SMS, почте, push', {
    body: NotificationPrefsSchema,
    ok: { status: 200, schema: AccountViewSchema },
  }),
  'GET /api/me/profile': entry('me', 'citizen', 'The profile', 'Профиль', { ok: { status: 200, schema: ProfileEnvelopeSchema } }),
  'PUT /api/me/profile': entry('me', 'citizen', 'Save the profile', 'Сохранить профиль', {
    body: createProfileSchema(CONTRACT_DAY),
    ok: { status: 200, schema: ProfileEnvelopeSchema },
    errors: ['snils_taken', 'email_taken', 'phone_taken'],
  }),
  'DELETE /api/me/profile': entry('me', 'citizen', 'Erase the profile (identity becomes unconfirmed)', 'Стереть профиль (личность не подтверждена)', {
    ok: { status: 200, schema: ProfileEnvelopeSchema },
  }),
  'GET /api/me/identity': entry('me', 'citizen', 'Identity level and the way it was confirmed', 'Уровень учётной записи и способ подтверждения', {
    ok: { status: 200, schema: IdentityStateSchema },
  }),
  'POST /api/me/identity/scan': entry(
    'me',
    'citizen',
    'Send a passport scan and a selfie for checking',
    'Отправить скан паспорта и селфи на проверку',
    {
      body: ScanRequestSchema,
      ok: { status: 202, schema: IdentityStateSchema },
      errors: ['identity_needs_standard', 'scan_pending'],
      example: { body: { scanSha256: 'a'.repeat(64), selfieSha256: 'b'.repeat(64) } },
    },
  ),
  'POST /api/me/identity/challenge': entry(
    'me',
    'citizen',
    'A challenge to sign with the electronic signature',
    'Строка для подписи электронной подписью',
    {
      ok: { status: 200, schema: ChallengeSchema },
      errors: ['identity_needs_standard'],
      example: { body: {} },
    },
  ),
  'POST /api/me/identity/signature': entry('me', 'citizen', 'Confirm identity with a signed challenge', 'Подтвердить личность подписанной строкой', {
    body: SignatureProofSchema,
    ok: { status: 200, schema: IdentityStateSchema },
    errors: ['challenge_invalid', 'signature_invalid', 'identity_needs_standard', 'key_taken'],
  }),
  'GET /api/me/signature-key': entry(
    'me',
    'citizen',
    "The account's own signature key (fingerprint)",
    'Ключ электронной подписи учётной записи (отпечаток)',
    {
      ok: { status: 200, schema: SignatureKeyViewSchema },
    },
  ),
  'POST /api/me/signature-key/challenge': entry(
    'me',
    'citizen',
    'A challenge to sign when registering a signature key',
    'Строка для подписи при регистрации ключа',
    { ok: { status: 200, schema: ChallengeSchema }, example: { body: {} } },
  ),
  'PUT /api/me/signature-key': entry(
    'me',
    'citizen',
    "Register this device's key as the account's signature key (a signed challenge)",
    'Зарегистрировать ключ этого устройства как ключ подписи учётной записи (подписанная строка)',
    {
      body: KeyRegistrationSchema,
      ok: { status: 200, schema: SignatureKeyViewSchema },
      errors: ['challenge_invalid', 'signature_invalid', 'key_taken'],
    },
  ),
  'GET /api/notifications': entry('notices', 'citizen', 'Notices and the unread count', 'Уведомления и число непрочитанных', {
    ok: { status: 200, schema: NoticeListSchema },
  }),
  'POST /api/notifications/read': entry('notices', 'citizen', 'Mark notices read', 'Отметить уведомления прочитанными', {
    body: NoticesReadSchema,
    ok: { status: 200, schema: NoticesReadResultSchema },
    example: { body: { all: true } },
  }),
};

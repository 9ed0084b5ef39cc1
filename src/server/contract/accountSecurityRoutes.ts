// The contract of the account's own security (issue 19): confirming the e-mail, changing the phone,
// and later the authenticator and recovery contacts.
import { AccountViewSchema, CodeTicketSchema, FlowCodeSchema, LoginResultSchema } from '../../domain/account';
import { PhoneChangeStartSchema, PhoneChangeTicketsSchema, PhoneChangeVerifySchema } from '../../domain/phoneChange';
import {
  AuthenticatorCodeSchema,
  AuthenticatorEnabledSchema,
  AuthenticatorEnrolmentSchema,
  AuthenticatorOffSchema,
  AuthenticatorSignInSchema,
} from '../../domain/authenticator';
import { entry } from './entry';
import type { Contract } from './types';

const FLOW = { flowId: 'f3a1c2d4e5f60718', code: '123456' };
const CODE_ERRORS = ['code_wrong', 'code_expired', 'code_attempts_exceeded', 'flow_not_found'] as const;

export const ACCOUNT_SECURITY_ROUTES: Contract = {
  'POST /api/me/email/confirm': entry('me', 'citizen', 'Send a code to confirm the e-mail', 'Отправить код для подтверждения почты', {
    ok: { status: 201, schema: CodeTicketSchema },
    errors: ['email_confirmed', 'resend_too_soon'],
    example: { body: {} },
  }),
  'POST /api/me/email/confirm/verify': entry(
    'me',
    'citizen',
    'Confirm the e-mail with the code from the letter',
    'Подтвердить почту кодом из письма',
    {
      body: FlowCodeSchema,
      ok: { status: 200, schema: AccountViewSchema },
      errors: CODE_ERRORS,
      example: { body: FLOW },
    },
  ),
  'POST /api/me/phone': entry(
    'me',
    'citizen',
    'Change the phone: codes to the number in use and to the new one',
    'Сменить телефон: коды на старый и новый номер',
    {
      body: PhoneChangeStartSchema,
      ok: { status: 201, schema: PhoneChangeTicketsSchema },
      errors: ['phone_taken', 'resend_too_soon'],
      example: { body: { phone: '+79120000077' } },
    },
  ),
  'POST /api/me/phone/verify': entry('me', 'citizen', 'Both codes: the phone changes', 'Оба кода: номер меняется', {
    body: PhoneChangeVerifySchema,
    ok: { status: 200, schema: AccountViewSchema },
    errors: [...CODE_ERRORS, 'phone_taken'],
    example: { body: { currentFlowId: FLOW.flowId, nextFlowId: 'a1b2c3d4e5f60718', currentCode: '123456', nextCode: '654321' } },
  }),
  'POST /api/me/authenticator': entry(
    'me',
    'citizen',
    'Start enrolling an authenticator app: a secret and its otpauth:// address',
    'Подключить приложение-аутентификатор: секрет и адрес otpauth://',
    {
      ok: { status: 201, schema: AuthenticatorEnrolmentSchema },
      errors: ['authenticator_on'],
      example: { body: {} },
    },
  ),
  'POST /api/me/authenticator/confirm': entry(
    'me',
    'citizen',
    'The first code turns it on; ten recovery codes, shown once',
    'Первый код включает его; десять кодов восстановления, один раз',
    {
      body: AuthenticatorCodeSchema,
      ok: { status: 200, schema: AuthenticatorEnabledSchema },
      errors: ['code_wrong', 'authenticator_not_started'],
      example: { body: { code: '123456' } },
    },
  ),
  'POST /api/me/authenticator/off': entry(
    'me',
    'citizen',
    'Turn the authenticator off with its code or a recovery code',
    'Отключить аутентификатор его кодом или кодом восстановления',
    {
      body: AuthenticatorOffSchema,
      ok: { status: 200, schema: AccountViewSchema },
      errors: ['code_wrong', 'authenticator_off'],
      example: { body: { code: '123456' } },
    },
  ),
  'POST /api/auth/login/authenticator': entry(
    'auth',
    'flow',
    "Sign-in's second step: the authenticator's code or a recovery code",
    'Второй шаг входа: код аутентификатора или код восстановления',
    {
      body: AuthenticatorSignInSchema,
      ok: { status: 200, schema: LoginResultSchema },
      errors: ['code_wrong', 'code_expired', 'code_attempts_exceeded'],
      example: { body: FLOW },
    },
  ),
};

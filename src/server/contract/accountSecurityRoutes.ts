// The contract of the account's own security: confirming the e-mail (issue 19), and later the phone
// change, the authenticator and recovery contacts.
import { AccountViewSchema, CodeTicketSchema, FlowCodeSchema } from '../../domain/account';
import { entry } from './entry';
import type { Contract } from './types';

const FLOW = { flowId: 'f3a1c2d4e5f60718', code: '123456' };
const CODE_ERRORS = ['code_wrong', 'code_expired', 'code_attempts_exceeded', 'flow_not_found'] as const;

export const ACCOUNT_SECURITY_ROUTES: Contract = {
  'POST /api/me/email/confirm': entry('me', 'citizen', 'Send a code to confirm the e-mail', 'Отправить код для подтверждения почты', {
    ok: { status: 201, schema: CodeTicketSchema }, errors: ['email_confirmed', 'resend_too_soon'], example: { body: {} },
  }),
  'POST /api/me/email/confirm/verify': entry('me', 'citizen', 'Confirm the e-mail with the code from the letter', 'Подтвердить почту кодом из письма', {
    body: FlowCodeSchema, ok: { status: 200, schema: AccountViewSchema }, errors: CODE_ERRORS, example: { body: FLOW },
  }),
};

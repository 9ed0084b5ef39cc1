// The account feature's calls to the backend: registration, sign-in, reset, security, sign-ins, inbox.
import * as v from 'valibot';
import { apiGet, apiPatch, apiPost, apiRequest } from '../../client/api';
import type { NotificationPrefs } from '../../domain/notifications';
import { VerifiedSchema } from '../../domain/answers/account';
import {
  AccountViewSchema,
  CodeTicketSchema,
  InboxMessageSchema,
  LoginResultSchema,
  PasswordCheckResultSchema,
  SessionGrantSchema,
  SignInRecordSchema,
  type Person,
  type ResetDestination,
} from '../../domain/account';
import { RecoveryReceiptSchema, ResetOptionsSchema, type BackupKind } from '../../domain/recovery';
import { PhoneChangeTicketsSchema } from '../../domain/phoneChange';
import { AuthenticatorEnabledSchema, AuthenticatorEnrolmentSchema } from '../../domain/authenticator';

const Verified = VerifiedSchema;

export const startRegistration = (phone: string) => apiPost('/auth/register', { phone }, CodeTicketSchema);
export const verifyRegistration = (flowId: string, code: string) => apiPost('/auth/register/verify', { flowId, code }, Verified);
export const completeRegistration = (input: { flowId: string; person: Person; email: string; password: string; consent: true }) =>
  apiPost('/auth/register/complete', input, SessionGrantSchema);

export const login = (input: { login: string; password: string; remember: boolean }) => apiPost('/auth/login', input, LoginResultSchema);
/** After signing in with support's temporary password: the new password, then the session. */
export const changeTemporaryPassword = (flowId: string, password: string) =>
  apiPost('/auth/login/new-password', { flowId, password }, LoginResultSchema);
/** Recovery through support, for someone who lost every contact: the request from the reset page. */
export const sendRecoveryRequest = (input: Record<string, unknown>) => apiPost('/auth/recovery-requests', input, RecoveryReceiptSchema);
/** Backup contacts: a code to the new phone or e-mail, typed back; or removed. */
export const startBackup = (kind: BackupKind, value: string) =>
  apiPost(`/me/recovery/${kind}`, kind === 'phone' ? { phone: value } : { email: value }, CodeTicketSchema);
export const verifyBackup = (kind: BackupKind, flowId: string, code: string) =>
  apiPost(`/me/recovery/${kind}/verify`, { flowId, code }, AccountViewSchema);
export const removeBackup = (kind: BackupKind) => apiRequest('DELETE', `/me/recovery/${kind}`, AccountViewSchema);
export const verifySecondFactor = (flowId: string, code: string) => apiPost('/auth/login/verify', { flowId, code }, LoginResultSchema);

/** Where the reset code may go, masked (an unknown login gets choices that look the same). */
export const resetOptions = (login: string) => apiPost('/auth/reset/options', { login }, ResetOptionsSchema);
export const startReset = (login: string, destination: ResetDestination) => apiPost('/auth/reset', { login, destination }, CodeTicketSchema);
export const verifyReset = (flowId: string, code: string) => apiPost('/auth/reset/verify', { flowId, code }, Verified);
export const completeReset = (flowId: string, password: string) =>
  apiPost('/auth/reset/complete', { flowId, password }, v.object({ reset: v.literal(true) }));

export const updateSecurity = (patch: { twoFactor?: boolean; inactivityMinutes?: number }) => apiPatch('/me/security', patch, AccountViewSchema);
/** Checks the signed-in person's password with the server (403 wrong_password, 423 locked). */
export const checkPassword = (password: string) => apiPost('/me/password/check', { password }, PasswordCheckResultSchema);
export const listSignins = () => apiGet('/me/signins', v.array(SignInRecordSchema));

/** The signed-in person's own SMS or e-mails. */
export const readInbox = (channel: 'sms' | 'email') => apiGet(`/inbox?channel=${channel}`, v.array(InboxMessageSchema));
/**
 * What a code flow sent, read by the page in that flow; the device's handsets prove whose phone this is.
 * The handsets' store (the database) loads here, not with the sign-in and registration forms (issue 15).
 */
export const readFlowInbox = async (flowId: string, channel: 'sms' | 'email') => {
  const { heldHandsets } = await import('../../client/repos/keysRepo');
  return apiRequest('GET', `/auth/flows/${encodeURIComponent(flowId)}/inbox?channel=${channel}`, v.array(InboxMessageSchema), {
    headers: { 'X-Okno-Handset': (await heldHandsets()).join(',') },
  });
};

export const updateNotifications = (prefs: NotificationPrefs) => apiRequest('PUT', '/me/notifications', AccountViewSchema, { body: prefs });

/** Confirming the account's e-mail: a code to the address, typed back in the profile. */
export const startEmailConfirm = () => apiPost('/me/email/confirm', {}, CodeTicketSchema);
export const verifyEmailConfirm = (flowId: string, code: string) => apiPost('/me/email/confirm/verify', { flowId, code }, AccountViewSchema);

/** Changing the phone: codes to the number in use and to the new one, then both typed back. */
export const startPhoneChange = (phone: string) => apiPost('/me/phone', { phone }, PhoneChangeTicketsSchema);
export const verifyPhoneChange = (input: { currentFlowId: string; nextFlowId: string; currentCode: string; nextCode: string }) =>
  apiPost('/me/phone/verify', input, AccountViewSchema);

/** The authenticator app: enrol, confirm with a first code, turn off, and sign-in's second step. */
export const startAuthenticator = () => apiPost('/me/authenticator', {}, AuthenticatorEnrolmentSchema);
export const confirmAuthenticator = (code: string) => apiPost('/me/authenticator/confirm', { code }, AuthenticatorEnabledSchema);
export const turnOffAuthenticator = (proof: { code: string } | { recoveryCode: string }) =>
  apiPost('/me/authenticator/off', proof, AccountViewSchema);
export const verifyAuthenticator = (flowId: string, proof: { code: string } | { recoveryCode: string }) =>
  apiPost('/auth/login/authenticator', { flowId, ...proof }, LoginResultSchema);

// The simulated department systems as one request handler: the route table and its environment.
// Runs inside the service worker in the browser and in Node for unit tests.
import { APPEAL_ROUTES } from './appeals/routes';
import { ServerDb } from './db';
import * as applications from './handlers/applications';
import * as caseFix from './handlers/caseFix';
import * as bookings from './handlers/bookings';
import * as officeOperator from './handlers/officeOperator';
import * as caseActions from './handlers/caseActions';
import * as demoSeed from './handlers/demoSeed';
import * as certificates from './handlers/certificates';
import * as notices from './handlers/notices';
import * as operator from './handlers/operator';
import { getFines } from './payments/fineRegistry';
import * as gateway from './payments/gateway';
import * as invoices from './payments/invoices';
import * as receipts from './payments/receipts';
import * as refunds from './payments/refunds';
import * as terminal from './payments/terminal';
import { getChanges } from './handlers/changes';
import { getHealth } from './handlers/health';
import { getOpenApi } from './handlers/openapi';
import * as inbox from './handlers/inbox';
import * as login from './handlers/login';
import * as identity from './handlers/identity';
import * as signatureKey from './handlers/signatureKey';
import * as identityConsole from './handlers/identityConsole';
import * as me from './handlers/me';
import * as email from './handlers/email';
import * as phone from './handlers/phone';
import * as recoveryContacts from './handlers/recoveryContacts';
import * as supportRecovery from './handlers/supportRecovery';
import * as authenticator from './handlers/authenticator';
import * as profile from './handlers/profile';
import * as register from './handlers/register';
import * as sim from './handlers/sim';
import * as qa from './handlers/qa';
import * as worlds from './handlers/worlds';
import * as ratings from './ratings/ratings';
import * as news from './news/news';
import { SETTLE_STEPS } from './settleSteps';
import * as supportChats from './support/chats';
import * as operatorChats from './support/operatorChats';
import { createRouter, type RouteTable, type ServerEnv } from './router';

export const ROUTES: RouteTable = {
  'GET /api/health': getHealth,
  'GET /api/openapi.json': getOpenApi,
  'GET /api/changes': getChanges,
  'GET /api/_sim/clock': sim.getClock,
  'POST /api/_sim/clock': sim.postClock,
  'GET /api/_sim/faults': sim.getFaults,
  'POST /api/_sim/faults': sim.postFaults,
  'GET /api/_sim/faults/matrix': qa.getFaultMatrix,
  'PUT /api/_sim/faults/matrix': qa.putFaultMatrix,
  'GET /api/_sim/journal': qa.getJournal,
  'POST /api/_sim/worlds/:name': worlds.postWorld,
  'GET /api/_sim/scenario': sim.getScenario,
  'POST /api/_sim/scenario': sim.postScenario,
  'POST /api/_sim/reset': sim.postReset,
  'POST /api/_sim/seed': demoSeed.postSeed,
  'GET /api/_sim/inbox': inbox.getAnyInbox,
  'GET /api/inbox': inbox.getMyInbox,
  'GET /api/auth/flows/:flowId/inbox': inbox.getFlowInbox,
  'POST /api/auth/register': register.postRegisterStart,
  'POST /api/auth/register/verify': register.postRegisterVerify,
  'POST /api/auth/register/complete': register.postRegisterComplete,
  'POST /api/auth/code/resend': register.postCodeResend,
  'POST /api/auth/login': login.postLogin,
  'POST /api/auth/login/verify': login.postSecondFactor,
  'POST /api/auth/reset': login.postResetStart,
  'POST /api/auth/reset/options': login.postResetOptions,
  'POST /api/auth/reset/verify': login.postResetVerify,
  'POST /api/auth/recovery-requests': supportRecovery.postRecoveryRequest,
  'GET /api/operator/recovery-requests': supportRecovery.getRecoveryQueue,
  'POST /api/operator/recovery-requests/:id': supportRecovery.postRecoveryDecision,
  'POST /api/auth/login/new-password': login.postTemporaryChange,
  'POST /api/me/recovery/phone': recoveryContacts.postBackupPhone,
  'POST /api/me/recovery/phone/verify': recoveryContacts.postBackupPhoneVerify,
  'POST /api/me/recovery/email': recoveryContacts.postBackupEmail,
  'POST /api/me/recovery/email/verify': recoveryContacts.postBackupEmailVerify,
  'DELETE /api/me/recovery/:kind': recoveryContacts.deleteBackup,
  'POST /api/auth/reset/complete': login.postResetComplete,
  'POST /api/auth/logout': login.postLogout,
  'GET /api/me': me.getMe,
  'PATCH /api/me/security': me.patchSecurity,
  'POST /api/me/email/confirm': email.postEmailConfirmStart,
  'POST /api/me/email/confirm/verify': email.postEmailConfirmVerify,
  'POST /api/me/phone': phone.postPhoneChangeStart,
  'POST /api/me/phone/verify': phone.postPhoneChangeVerify,
  'POST /api/me/authenticator': authenticator.postAuthenticatorStart,
  'POST /api/me/authenticator/confirm': authenticator.postAuthenticatorConfirm,
  'POST /api/me/authenticator/off': authenticator.postAuthenticatorOff,
  'POST /api/auth/login/authenticator': authenticator.postAuthenticatorSignIn,
  'POST /api/me/password/check': login.postPasswordCheck,
  'GET /api/me/signins': me.getSignins,
  'PUT /api/me/notifications': me.putNotifications,
  'GET /api/me/profile': profile.getProfile,
  'PUT /api/me/profile': profile.putProfile,
  'DELETE /api/me/profile': profile.deleteProfile,
  'POST /api/applications/code': applications.postSubmitCode,
  'POST /api/applications': applications.postApplication,
  'GET /api/applications': applications.getApplications,
  'GET /api/applications/:id': applications.getApplication,
  'POST /api/applications/:id/reply': caseActions.postReply,
  'GET /api/applications/:id/files/:index': caseFix.getCaseFile,
  'POST /api/applications/:id/received': caseActions.postReceived,
  'POST /api/applications/:id/withdraw': caseActions.postWithdraw,
  'POST /api/applications/:id/questions': caseActions.postQuestion,
  'PUT /api/applications/:id/rating': ratings.putRating,
  'GET /api/catalog/services/:id/ratings': ratings.getServiceRatings,
  'GET /api/applications/:id/result': certificates.getResult,
  'GET /api/applications/:id/result/pdf': certificates.getResultPdf,
  'POST /api/certificates/verify-file': certificates.postVerifyFile,
  'GET /api/certificates/key': certificates.getAuthorityKey,
  'POST /api/certificates/verify': certificates.postVerify,
  'GET /api/notifications': notices.getNotices,
  'POST /api/notifications/read': notices.postNoticesRead,
  'GET /api/_sim/operator': operator.getOperatorPin,
  'POST /api/_sim/operator': operator.postOperatorPin,
  'POST /api/operator/check': operator.postOperatorCheck,
  'GET /api/me/operator-log': operator.getMyOperatorLog,
  'GET /api/operator/cases': operator.getQueue,
  'GET /api/operator/cases/:id': operator.getOperatorCase,
  'POST /api/operator/cases/:id/action': operator.postOperatorAction,
  'POST /api/operator/cases/:id/revoke': operator.postRevoke,
  'POST /api/operator/news': news.postNews,
  'GET /api/me/identity': identity.getIdentity,
  'POST /api/me/identity/scan': identity.postScan,
  'POST /api/me/identity/challenge': identity.postChallenge,
  'POST /api/me/identity/signature': identity.postSignature,
  'GET /api/me/signature-key': signatureKey.getSignatureKey,
  'POST /api/me/signature-key/challenge': signatureKey.postKeyChallenge,
  'PUT /api/me/signature-key': signatureKey.putSignatureKey,
  'GET /api/_sim/identity-scenario': identityConsole.getIdentityScenario,
  'POST /api/_sim/identity-scenario': identityConsole.postIdentityScenario,
  'GET /api/operator/identity': identityConsole.getPendingScans,
  'POST /api/operator/identity/:accountId': identityConsole.postScanDecision,
  'POST /api/payments/invoices': invoices.postInvoice,
  'GET /api/payments/invoices': invoices.getInvoices,
  'GET /api/payments/invoices/:id': invoices.getInvoice,
  'POST /api/payments/invoices/:id/pay': gateway.postPay,
  'POST /api/payments/invoices/:id/confirm': gateway.postConfirm,
  'POST /api/payments/invoices/:id/resend': gateway.postResend,
  'POST /api/_sim/payments/:orderNumber/paid': terminal.postSimTerminalPaid,
  'POST /api/operator/payments/:orderNumber/paid': terminal.postOperatorTerminalPaid,
  'GET /api/payments/receipts': receipts.getReceipts,
  'GET /api/payments/receipts/:id': receipts.getReceipt,
  'POST /api/payments/receipts/:id/email': receipts.postReceiptEmail,
  'POST /api/payments/refunds': refunds.postRefund,
  'GET /api/payments/refunds': refunds.getRefunds,
  'GET /api/fines': getFines,
  ...APPEAL_ROUTES,
  'GET /api/support/chats/:id': supportChats.getChat,
  'POST /api/support/chats/:id/messages': supportChats.postMessages,
  'POST /api/support/chats/:id/handover': supportChats.postHandOver,
  'POST /api/support/chats/:id/rating': supportChats.postRating,
  'GET /api/support/chats/:id/files/:fileId': supportChats.getChatFile,
  'GET /api/operator/chats': operatorChats.getChatQueue,
  'GET /api/operator/chats/:id': operatorChats.getOperatorChat,
  'POST /api/operator/chats/:id/take': operatorChats.postTakeChat,
  'POST /api/operator/chats/:id/answer': operatorChats.postOperatorAnswer,
  'POST /api/operator/chats/:id/close': operatorChats.postCloseChat,
  'GET /api/offices/availability': bookings.getAvailability,
  'POST /api/bookings': bookings.postBooking,
  'GET /api/bookings': bookings.getBookings,
  'GET /api/bookings/:id': bookings.getBooking,
  'GET /api/bookings/:id/ics': bookings.getBookingIcs,
  'POST /api/bookings/:id/confirm': bookings.postConfirm,
  'POST /api/bookings/:id/change': bookings.postChange,
  'POST /api/bookings/:id/cancel': bookings.postCancel,
  'POST /api/bookings/:id/arrive': bookings.postArrive,
  'GET /api/operator/offices/:id/day': officeOperator.getOfficeDay,
  'POST /api/operator/offices/:id/call-next': officeOperator.postCallNext,
  'POST /api/operator/offices/:id/hours': officeOperator.postHours,
  'POST /api/operator/bookings/:id/mark': officeOperator.postMark,
};

export function createServer(env: Partial<ServerEnv> & Pick<ServerEnv, 'notify'>) {
  const full: ServerEnv = {
    db: env.db ?? new ServerDb(),
    notify: env.notify,
    realNow: env.realNow ?? (() => Date.now()),
    random: env.random ?? Math.random,
    sleep: env.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    // System notifications (the service worker's showNotification) for notices the person asked for.
    ...(env.push ? { push: env.push } : {}),
  };
  full.inner = createRouter(ROUTES, full, SETTLE_STEPS, { faults: false });
  return createRouter(ROUTES, full, SETTLE_STEPS);
}

// One real request per route of the table, in an order that builds what the next needs (a case, an appeal,
// an invoice paid at the terminal, a booking, a support chat), over fake-indexeddb. The contract test sends
// them and checks every answer. Ids the world made replace the contract's example ids. Test-only.
import { fineCountFor } from '../../domain/payments/fines';
import { officeById } from '../../domain/offices/offices';
import { instantOf } from '../../domain/offices/officeTime';
import { firstFreeSlot } from '../../domain/offices/slots';
import { moscowDate } from '../../domain/calendar';
import { demoProfileInput } from '../demoData';
import { createTestServer, type TestServer } from '../testServer';
import { CONTRACT } from './contract';

export interface WalkStep {
  route: string;
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  form?: FormData;
  bytes?: Uint8Array;
  as?: 'citizen' | 'operator' | 'nobody';
  /** Keeps what a later step needs from a successful answer. */
  keep?: (answer: Record<string, unknown>) => void;
}

export interface World {
  server: TestServer;
  ids: Record<string, string>;
  auth: Record<string, string>;
  staff: Record<string, string>;
}

export async function createWorld(): Promise<World> {
  const server = createTestServer();
  const staff = await server.staff();
  const citizen = await server.registerCitizen();
  await server.db.accounts.update(citizen.accountId, { identityLevel: 'confirmed', identity: { method: 'signature', confirmedAt: 0 } } as never);
  await server.db.cases.put({
    id: 'case-of-a', accountId: citizen.accountId, draftId: 'draft-of-a', number: '2026-AAAA-BBBB', serviceId: 'residence-certificate', answers: { surname: 'Иванова' },
    resultWay: 'electronic', submittedAt: 0, scenario: 'manual', seed: 's', validityMonths: 0, events: [], status: 'sent', updatedAt: 0, timeline: [{ at: 0, status: 'sent' }],
  } as never);
  let licence = '77АВ000000';
  for (let n = 1; fineCountFor(licence) === 0; n++) licence = `77АВ${String(n).padStart(6, '0')}`;
  return { server, auth: citizen.auth, staff, ids: { caseId: 'case-of-a', licence, chatId: crypto.randomUUID() } };
}

function firstSlotTomorrow(now: number): number {
  const office = officeById('mos-mfc-1')!;
  return firstFreeSlot(office, 'passport', instantOf(moscowDate(now + 86_400_000), 0, 180), [])!.startsAt;
}

/** The steps; `world.ids` fill in as answers come. Functions run when their turn comes. */
export function walkSteps(world: World, now: number): (WalkStep | (() => WalkStep | Promise<WalkStep>))[] {
  const ids = world.ids;
  const data: Record<string, unknown> = {};
  const keep = (name: string, field = 'id') => (answer: Record<string, unknown>) => (ids[name] = String(answer[field]));
  const chat = () => ({ id: ids.chatId! });
  const code = (to: string) => world.server.lastCode(to);
  const PHONE = '+79123456789'; // the walking citizen's (testServer's registerCitizen)
  const NEWCOMER = '+79120000055';
  const form = (name: string, value: string) => {
    const data = new FormData();
    data.append(name, value);
    return data;
  };
  return [
    { route: 'GET /api/health' }, { route: 'GET /api/openapi.json' }, { route: 'GET /api/changes' }, { route: 'GET /api/inbox' },
    { route: 'POST /api/auth/register', body: { phone: NEWCOMER }, keep: keep('flowId', 'flowId') },
    () => ({ route: 'GET /api/auth/flows/:flowId/inbox', params: { flowId: ids.flowId! }, query: { channel: 'sms' } }),
    () => ({ route: 'POST /api/auth/code/resend', body: { flowId: ids.flowId } }),
    async () => ({ route: 'POST /api/auth/register/verify', body: { flowId: ids.flowId, code: await code(NEWCOMER) } }),
    () => ({ route: 'POST /api/auth/register/complete', body: { ...(CONTRACT['POST /api/auth/register/complete']!.example!.body as object), flowId: ids.flowId, email: 'newcomer@example.ru' } }),
    { route: 'GET /api/me', keep: (a) => (data.notifications = a.notifications) },
    { route: 'POST /api/me/email/confirm', keep: keep('emailFlow', 'flowId') },
    async () => ({ route: 'POST /api/me/email/confirm/verify', body: { flowId: ids.emailFlow, code: await code('ivanova@example.ru') } }),
    // The phone stays: later steps read codes sent to it. A wrong pair of codes is answered as such.
    { route: 'POST /api/me/phone', body: { phone: '+79120000077' }, keep: (a) => ((ids.phoneOld = (a.current as { flowId: string }).flowId), (ids.phoneNew = (a.next as { flowId: string }).flowId)) },
    { route: 'POST /api/me/authenticator' }, { route: 'POST /api/me/authenticator/confirm', body: { code: '000000' } },
    { route: 'POST /api/me/authenticator/off', body: { code: '000000' } }, { route: 'POST /api/auth/login/authenticator', as: 'nobody' },
    () => ({ route: 'POST /api/me/phone/verify', body: { currentFlowId: ids.phoneOld, nextFlowId: ids.phoneNew, currentCode: '000000', nextCode: '000000' } }), { route: 'PATCH /api/me/security', body: { twoFactor: true } },
    { route: 'POST /api/auth/login', as: 'nobody', keep: (a) => (ids.loginFlow = String((a.ticket as { flowId: string }).flowId)) },
    async () => ({ route: 'POST /api/auth/login/verify', as: 'nobody', body: { flowId: ids.loginFlow, code: await code(PHONE) } }),
    { route: 'POST /api/me/password/check' }, { route: 'GET /api/me/signins' },
    { route: 'GET /api/me/profile' }, () => ({ route: 'PUT /api/me/notifications', body: data.notifications }), 
    { route: 'GET /api/me/identity' }, { route: 'POST /api/me/identity/scan' }, { route: 'POST /api/me/identity/challenge' }, { route: 'POST /api/me/identity/signature', body: { challenge: 'x', signature: 'y', publicKey: {} } },
    { route: 'GET /api/notifications' }, { route: 'POST /api/notifications/read' },
    { route: 'POST /api/applications/code' }, { route: 'POST /api/applications', body: { draftId: crypto.randomUUID(), serviceId: 'residence-certificate', answers: {}, resultWay: 'electronic', flowId: 'flow-0000', code: '000000' } },
    { route: 'GET /api/applications' }, () => ({ route: 'GET /api/applications/:id', params: { id: ids.caseId! } }),
    () => ({ route: 'GET /api/applications/:id/files/:index', params: { id: ids.caseId!, index: '0' } }),
    () => ({ route: 'POST /api/applications/:id/questions', params: { id: ids.caseId! } }),
    () => ({ route: 'POST /api/applications/:id/reply', params: { id: ids.caseId! }, form: form('reply', JSON.stringify({ attachments: [] })) }),
    () => ({ route: 'GET /api/applications/:id/result', params: { id: ids.caseId! } }), () => ({ route: 'GET /api/applications/:id/result/pdf', params: { id: ids.caseId! } }),
    { route: 'GET /api/certificates/key' }, { route: 'POST /api/certificates/verify-file', bytes: new TextEncoder().encode('%PDF-1.4\n%%EOF') },
    { route: 'POST /api/certificates/verify', body: { data: 'e30', signature: 'AAAA' } },
    { route: 'GET /api/operator/cases', as: 'operator' }, () => ({ route: 'GET /api/operator/cases/:id', params: { id: ids.caseId! }, as: 'operator' }),
    () => ({ route: 'POST /api/operator/cases/:id/action', params: { id: ids.caseId! }, as: 'operator' }),
    () => ({ route: 'POST /api/operator/cases/:id/revoke', params: { id: ids.caseId! }, as: 'operator' }),
    { route: 'POST /api/applications/:id/received', params: { id: 'case-of-a' } }, { route: 'POST /api/applications/:id/withdraw', params: { id: 'case-of-a' } }, { route: 'GET /api/me/operator-log' },
    { route: 'GET /api/fines', query: { licence: ids.licence! }, keep: (a) => (ids.uin = String((a.fines as { uin: string }[])[0]?.uin)) },
    () => ({ route: 'POST /api/payments/invoices', body: { kind: 'fine', fineIds: [ids.uin] }, keep: keep('invoiceId') }),
    { route: 'GET /api/payments/invoices' }, () => ({ route: 'GET /api/payments/invoices/:id', params: { id: ids.invoiceId! } }),
    () => ({ route: 'POST /api/payments/invoices/:id/pay', params: { id: ids.invoiceId! }, body: { method: 'terminal' }, keep: (a) => ((ids.attemptId = String(a.attemptId)), (ids.order = String(a.orderNumber))) }),
    () => ({ route: 'POST /api/payments/invoices/:id/resend', params: { id: ids.invoiceId! }, body: { attemptId: ids.attemptId } }),
    () => ({ route: 'POST /api/payments/invoices/:id/confirm', params: { id: ids.invoiceId! }, body: { attemptId: ids.attemptId, code: '000000' } }),
    () => ({ route: 'POST /api/_sim/payments/:orderNumber/paid', params: { orderNumber: ids.order! }, keep: (a) => (ids.receiptId = String((a.receipt as { id: string }).id)) }),
    () => ({ route: 'POST /api/operator/payments/:orderNumber/paid', params: { orderNumber: ids.order! }, as: 'operator' }),
    { route: 'GET /api/payments/receipts' }, () => ({ route: 'GET /api/payments/receipts/:id', params: { id: ids.receiptId! } }),
    () => ({ route: 'POST /api/payments/receipts/:id/email', params: { id: ids.receiptId! } }),
    () => ({ route: 'POST /api/payments/refunds', body: { paymentId: ids.invoiceId, reason: 'duplicate' } }), { route: 'GET /api/payments/refunds' },
    { route: 'POST /api/appeals', keep: keep('appealId') }, { route: 'GET /api/appeals' },
    ...(['GET /api/appeals/:id', 'PUT /api/appeals/:id', 'POST /api/appeals/:id/materials', 'POST /api/appeals/:id/repeat', 'POST /api/appeals/:id/rating', 'POST /api/appeals/:id/reopen', 'POST /api/appeals/:id/callback', 'GET /api/appeals/:id/answer', 'GET /api/appeals/:id/answer/pdf'] as const).map(
      (route) => () => ({ route, params: { id: ids.appealId! }, ...(route === 'PUT /api/appeals/:id' ? { body: { subject: 'Справка о составе семьи', description: 'Подскажите срок выдачи.', contacts: { name: 'Иванова Мария', phone: '+79123456789', email: 'ivanova@example.ru' } } } : {}), ...(route.endsWith('callback') ? { body: { callAt: new Date(now + 2 * 86_400_000).toISOString(), phone: '+79123456789' } } : {}) }),
    ),
    { route: 'POST /api/appeals/answers/verify' }, { route: 'GET /api/operator/appeals', as: 'operator' },
    () => ({ route: 'GET /api/operator/appeals/:id', params: { id: ids.appealId! }, as: 'operator' }),
    () => ({ route: 'POST /api/operator/appeals/:id/action', params: { id: ids.appealId! }, as: 'operator' }),
    () => ({ route: 'POST /api/appeals/:id/close', params: { id: ids.appealId! } }),
    { route: 'GET /api/_sim/appeal-scenario' }, { route: 'POST /api/_sim/appeal-scenario' },
    () => ({ route: 'POST /api/support/chats/:id/messages', params: chat(), body: { ...(CONTRACT['POST /api/support/chats/:id/messages']!.example!.body as object), chatId: ids.chatId, messages: [{ id: 'm1', at: now, from: 'citizen', text: 'Как записаться в МФЦ?' }] } }),
    () => ({ route: 'GET /api/support/chats/:id', params: chat() }), () => ({ route: 'POST /api/support/chats/:id/handover', params: chat() }),
    { route: 'GET /api/operator/chats', as: 'operator' }, () => ({ route: 'GET /api/operator/chats/:id', params: chat(), as: 'operator' }),
    () => ({ route: 'POST /api/operator/chats/:id/take', params: chat(), as: 'operator' }),
    () => ({ route: 'POST /api/operator/chats/:id/answer', params: chat(), as: 'operator', form: form('text', 'Здравствуйте! Запись открыта.') }),
    () => ({ route: 'GET /api/support/chats/:id/files/:fileId', params: { id: ids.chatId!, fileId: 'none' } }),
    () => ({ route: 'POST /api/operator/chats/:id/close', params: chat(), as: 'operator' }), () => ({ route: 'POST /api/support/chats/:id/rating', params: chat() }),
    { route: 'GET /api/offices/availability' },
    () => ({ route: 'POST /api/bookings', body: { officeId: 'mos-mfc-1', serviceId: 'passport', startsAt: firstSlotTomorrow(now) }, keep: keep('bookingId') }),
    () => ({ route: 'POST /api/bookings/:id/confirm', params: { id: ids.bookingId! } }), { route: 'GET /api/bookings' },
    () => ({ route: 'GET /api/bookings/:id', params: { id: ids.bookingId! } }), () => ({ route: 'GET /api/bookings/:id/ics', params: { id: ids.bookingId! } }),
    () => ({ route: 'POST /api/bookings/:id/change', params: { id: ids.bookingId! }, body: { officeId: 'mos-mfc-1', startsAt: firstSlotTomorrow(now) + 3_600_000 } }),
    () => ({ route: 'POST /api/bookings/:id/arrive', params: { id: ids.bookingId! } }),
    () => ({ route: 'GET /api/operator/offices/:id/day', params: { id: 'mos-mfc-1' }, query: {}, as: 'operator' }),
    () => ({ route: 'POST /api/operator/bookings/:id/mark', params: { id: ids.bookingId! }, as: 'operator' }),
    () => ({ route: 'POST /api/operator/offices/:id/call-next', params: { id: 'mos-mfc-1' }, as: 'operator' }),
    () => ({ route: 'POST /api/bookings/:id/cancel', params: { id: ids.bookingId! } }),
    () => ({ route: 'POST /api/operator/offices/:id/hours', params: { id: 'mos-mfc-1' }, body: { date: moscowDate(now + 2 * 86_400_000), hours: null, reason: { ru: 'Санитарный день', en: 'Cleaning day' } }, as: 'operator' }),
    { route: 'PUT /api/me/profile', body: { ...demoProfileInput(), phone: PHONE, email: 'ivanova@example.ru' } },
    { route: 'DELETE /api/me/profile' },
    { route: 'POST /api/auth/logout' },
    { route: 'GET /api/_sim/clock' }, { route: 'POST /api/_sim/clock' }, { route: 'GET /api/_sim/faults' }, { route: 'POST /api/_sim/faults' },
    { route: 'GET /api/_sim/faults/matrix' }, { route: 'PUT /api/_sim/faults/matrix' }, { route: 'GET /api/_sim/journal' },
    { route: 'GET /api/_sim/scenario' }, { route: 'POST /api/_sim/scenario' }, { route: 'GET /api/_sim/inbox' },
    { route: 'POST /api/_sim/worlds/:name' }, { route: 'POST /api/_sim/seed' },
    { route: 'GET /api/_sim/operator' }, { route: 'POST /api/_sim/operator', body: { pin: '1357', currentPin: '2468' } }, { route: 'POST /api/operator/check', body: { pin: '1357' } },
    { route: 'POST /api/auth/reset', as: 'nobody', body: { login: PHONE, channel: 'sms' }, keep: keep('resetFlow', 'flowId') },
    async () => ({ route: 'POST /api/auth/reset/verify', body: { flowId: ids.resetFlow, code: await code(PHONE) } }),
    () => ({ route: 'POST /api/auth/reset/complete', body: { flowId: ids.resetFlow, password: 'Novyj#Sad8' } }),
    { route: 'POST /api/_sim/reset' },
  ];
}

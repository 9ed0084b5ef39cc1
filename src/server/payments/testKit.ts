// Test-only helpers for the payments suites: a registered citizen on a fresh test server, and short
// ways to make and pay invoices. Never imported by the app.
import { createTestServer, type TestServer } from '../testServer';

export const PHONE = '+79123456789';
export const EMAIL = 'ivanova@example.ru';
export const CARD = { number: '4111 1111 1111 1111', expiry: '12/29', cvc: '123', holder: 'MARIA IVANOVA' };
export type ErrorBody = { error: { code: string; fields?: Record<string, string>; data?: Record<string, string | number> } };
export type Json = Record<string, unknown> & { id: string; status: string };

export async function citizen(phone = PHONE, email = EMAIL): Promise<{ server: TestServer; auth: Record<string, string> }> {
  const server = createTestServer();
  return { server, auth: await register(server, phone, email) };
}

export async function register(server: TestServer, phone: string, email: string): Promise<Record<string, string>> {
  const start = await server.post<{ flowId: string }>('/auth/register', { phone });
  await server.post('/auth/register/verify', { flowId: start.body.flowId, code: await server.lastCode(phone) });
  const done = await server.post<{ token: string }>('/auth/register/complete', {
    flowId: start.body.flowId,
    person: { surname: 'Иванова', name: 'Мария', patronymic: 'Петровна', birthDate: '05.03.1990', gender: 'female' },
    email,
    password: 'Zelenyj#Sad7',
    consent: true,
  });
  // Payment stories jump the clock by days; the session must outlive them.
  await server.db.accounts.where('phone').equals(phone).modify({ inactivityMinutes: 10_000_000 });
  return { Authorization: `Bearer ${done.body.token}` };
}

export async function feeInvoice(
  server: TestServer,
  auth: Record<string, string>,
  serviceId = 'internal-passport',
  draftId: string = crypto.randomUUID(),
) {
  const created = await server.post<Json & { amountKopecks: number }>('/payments/invoices', { kind: 'fee', serviceId, draftId }, auth);
  return { ...created.body, draftId };
}

/** Card payment through 3-D Secure with the code read from the SMS inbox; returns the confirm answer. */
export async function payByCard(server: TestServer, auth: Record<string, string>, invoiceId: string, number = CARD.number) {
  type Answer = { step: string; attemptId: string; receipt: Json & { amountKopecks: number }; invoice: Json } & ErrorBody;
  const step = await server.post<Answer>(`/payments/invoices/${invoiceId}/pay`, { method: 'card', card: { ...CARD, number } }, auth);
  if (step.status !== 201) return step;
  return server.post<Answer>(`/payments/invoices/${invoiceId}/confirm`, { attemptId: step.body.attemptId, code: await server.lastCode(PHONE) }, auth);
}

export async function advance(server: TestServer, ms: number) {
  await server.post('/_sim/clock', { advanceMs: ms });
}

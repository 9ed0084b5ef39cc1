// A mock backend over fake-indexeddb for unit tests: real Request objects in, real Responses out,
// with a hand-moved simulated clock. Test-only; never imported by the app.
import 'fake-indexeddb/auto';
import { createServer } from './app';
import { ServerDb } from './db';

export const T0 = Date.parse('2026-03-02T09:00:00.000Z');

export function createTestServer() {
  const db = new ServerDb(`okno-server-${crypto.randomUUID()}`);
  let realNow = T0;
  const handle = createServer({ db, notify: () => {}, realNow: () => realNow, random: () => 0.99, sleep: async () => {} });
  const send = async <T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
    form?: FormData,
  ) => {
    const response = await handle(
      new Request(`http://localhost/api${path}`, {
        method,
        headers: body === undefined ? headers : { 'Content-Type': 'application/json', ...headers },
        body: form ?? (body === undefined ? undefined : body instanceof Uint8Array ? (body as Uint8Array<ArrayBuffer>) : JSON.stringify(body)),
      }),
    );
    return { status: response.status, body: (await response.json()) as T };
  };
  /** The Response itself, for bodies that are not JSON (PDF files). */
  const raw = (method: string, path: string, headers: Record<string, string> = {}, body?: Uint8Array) =>
    handle(new Request(`http://localhost/api${path}`, { method, headers, body: body as Uint8Array<ArrayBuffer> | undefined }));
  return {
    db,
    /** The route table's handler itself, for a ready-made Request. */
    handle,
    send,
    raw,
    post: <T = Record<string, unknown>>(path: string, body: unknown, headers?: Record<string, string>) => send<T>('POST', path, body, headers),
    get: <T = Record<string, unknown>>(path: string, headers?: Record<string, string>) => send<T>('GET', path, undefined, headers),
    /** Moves real time (and so simulated time at speed 1). */
    wait(ms: number) {
      realNow += ms;
    },
    /** Sets the operator PIN if none is set, opens a staff session with it and answers its header. */
    async staff(pin = '2468'): Promise<Record<string, string>> {
      const state = await send<{ set: boolean }>('GET', '/_sim/operator');
      if (!state.body.set) await send('POST', '/_sim/operator', { pin });
      const opened = await send<{ token: string }>('POST', '/operator/check', { pin });
      if (opened.status !== 200) throw new Error(`The operator PIN was refused (${opened.status})`);
      return { 'X-Okno-Operator': opened.body.token };
    },
    /** The newest code sent to a phone or e-mail, read from the simulated inbox. */
    async lastCode(to: string): Promise<string> {
      const messages = await db.inbox.where('to').equals(to).sortBy('id');
      const match = /(\d{6})/.exec(messages.at(-1)?.body ?? '');
      if (!match?.[1]) throw new Error(`No code sent to ${to}`);
      return match[1];
    },
    /** Registers Иванова Мария on `phone` and answers her bearer header, account id and handset secret. */
    async registerCitizen(phone = '+79123456789', email = 'ivanova@example.ru') {
      const start = await send<{ flowId: string }>('POST', '/auth/register', { phone });
      const messages = await db.inbox.where('to').equals(phone).sortBy('id');
      const code = /(\d{6})/.exec(messages.at(-1)?.body ?? '')?.[1] ?? '';
      await send('POST', '/auth/register/verify', { flowId: start.body.flowId, code });
      const done = await send<{ token: string; handset: string }>('POST', '/auth/register/complete', {
        flowId: start.body.flowId,
        person: { surname: 'Иванова', name: 'Мария', patronymic: '', birthDate: '05.03.1990', gender: 'female' },
        email,
        password: 'Zelenyj#Sad7',
        consent: true,
      });
      const account = await db.accounts.where('phone').equals(phone).first();
      return { auth: { Authorization: `Bearer ${done.body.token}` }, accountId: account!.id, token: done.body.token, handset: done.body.handset };
    },
    /** Confirms the signed-in account's e-mail with the code the letter carries (e-mail sign-in and recovery need it). */
    async confirmEmail(auth: Record<string, string>, email: string) {
      const start = await send<{ flowId: string }>('POST', '/me/email/confirm', {}, auth);
      const letters = await db.inbox.where('to').equals(email).sortBy('id');
      const code = /(\d{6})/.exec(letters.at(-1)?.body ?? '')?.[1] ?? '';
      const done = await send('POST', '/me/email/confirm/verify', { flowId: start.body.flowId, code }, auth);
      if (done.status !== 200) throw new Error(`The e-mail was not confirmed (${done.status})`);
    },
    /**
     * Signs and sends a fine-payment application (no identity level needed) for the citizen on `phone`,
     * under `scenario` when given; `extra` overrides fields of the submission.
     */
    async sendFineApplication<T = Record<string, unknown>>(
      auth: Record<string, string>,
      phone: string,
      { scenario, extra = {} }: { scenario?: string; extra?: Record<string, unknown> } = {},
    ) {
      const ticket = await send<{ flowId: string }>('POST', '/applications/code', {}, auth);
      const messages = await db.inbox.where('to').equals(phone).sortBy('id');
      const code = /(\d{6})/.exec(messages.at(-1)?.body ?? '')?.[1] ?? '';
      const body = {
        draftId: crypto.randomUUID(),
        serviceId: 'fine-payment',
        answers: { resolutionNumber: '18810177230000123456' },
        resultWay: 'electronic',
        flowId: ticket.body.flowId,
        code,
        ...extra,
      };
      return send<T>('POST', '/applications', body, scenario ? { ...auth, 'X-Okno-Scenario': scenario } : auth);
    },
    close: () => db.delete(),
  };
}

export type TestServer = ReturnType<typeof createTestServer>;

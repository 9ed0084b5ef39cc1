import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestServer } from '../testServer';
import { advance, CARD, citizen, feeInvoice, payByCard, PHONE, type ErrorBody } from './testKit';

let server: TestServer;
let auth: Record<string, string>;
beforeEach(async () => ({ server, auth } = await citizen()));
afterEach(() => server.close());

const pay = (id: string, body: unknown) =>
  server.post<{ step: string; attemptId: string; orderNumber: string; qrPayload: string; token: string } & ErrorBody>(
    `/payments/invoices/${id}/pay`,
    body,
    auth,
  );
const invoice = (id: string) => server.get<{ status: string; receiptId?: string; retryAt?: number }>(`/payments/invoices/${id}`, auth);

describe('card payments with 3-D Secure', () => {
  it('sends a code to the account phone and pays once it is entered, leaving a receipt', async () => {
    const inv = await feeInvoice(server, auth);
    const step = await pay(inv.id, { method: 'card', card: CARD });
    expect(step.status).toBe(201);
    expect(step.body.step).toBe('code');
    const sms = (await server.db.inbox.where('to').equals(PHONE).toArray()).at(-1)!;
    expect(sms.body).toContain('Visa •••• 1111');
    expect(sms.body).toMatch(/300,00/);
    const wrong = await server.post<ErrorBody>(
      `/payments/invoices/${inv.id}/confirm`,
      { attemptId: step.body.attemptId, code: '000000' === (await server.lastCode(PHONE)) ? '111111' : '000000' },
      auth,
    );
    expect(wrong.body.error.code).toBe('code_wrong');
    const done = await server.post<{
      step: string;
      receipt: { amountKopecks: number; commissionKopecks: number; methodDetail: string; payer: { name: string } };
    }>(`/payments/invoices/${inv.id}/confirm`, { attemptId: step.body.attemptId, code: await server.lastCode(PHONE) }, auth);
    expect(done.status).toBe(200);
    expect(done.body.step).toBe('done');
    expect(done.body.receipt).toMatchObject({
      amountKopecks: 30_000,
      commissionKopecks: 0,
      methodDetail: 'Visa •••• 1111',
      payer: { name: 'Иванова Мария Петровна' },
    });
    expect((await invoice(inv.id)).body.status).toBe('paid');
    expect((await pay(inv.id, { method: 'card', card: CARD })).body.error.code).toBe('already_paid');
    expect(await server.db.receipts.count()).toBe(1);
  });

  it('names each bad card field and refuses an expired card', async () => {
    const inv = await feeInvoice(server, auth);
    const bad = await pay(inv.id, { method: 'card', card: { ...CARD, number: '4111 1111 1111 1112', expiry: '01/26' } });
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields).toEqual({ 'card.number': 'card_checksum' });
    const expired = await pay(inv.id, { method: 'card', card: { ...CARD, expiry: '01/26' } });
    expect(expired.body.error.fields).toEqual({ 'card.expiry': 'card_expired' });
  });

  it('a declined card explains itself, and a good card then pays the same invoice', async () => {
    const inv = await feeInvoice(server, auth);
    const poor = await payByCard(server, auth, inv.id, '4000 0000 0000 0002');
    expect([poor.status, poor.body.error?.code]).toEqual([402, 'insufficient_funds']);
    await advance(server, 61_000);
    const bank = await payByCard(server, auth, inv.id, '5105 1051 0510 5100');
    expect([bank.status, bank.body.error?.code]).toEqual([402, 'declined_by_bank']);
    await advance(server, 61_000);
    const good = await payByCard(server, auth, inv.id, '2200 0000 0000 0004');
    expect(good.status).toBe(200);
    expect(good.body.receipt.amountKopecks).toBe(30_000);
    expect(await server.db.receipts.count()).toBe(1);
  });
});

describe('gateway timeouts never charge twice', () => {
  it('a timeout that charged: processing, then paid once; a retry is refused, never charged', async () => {
    const inv = await feeInvoice(server, auth);
    const timeout = await payByCard(server, auth, inv.id, '4000 0000 0000 0119');
    expect([timeout.status, timeout.body.error?.code]).toEqual([504, 'gateway_timeout']);
    expect((await invoice(inv.id)).body.status).toBe('processing');
    expect((await pay(inv.id, { method: 'card', card: CARD })).body.error.code).toBe('payment_processing');
    await advance(server, 60_000);
    expect((await invoice(inv.id)).body.status).toBe('paid');
    expect((await pay(inv.id, { method: 'card', card: CARD })).body.error.code).toBe('already_paid');
    expect(await server.db.receipts.count()).toBe(1);
  });

  it('a timeout that did not charge: failed, and the retry pays exactly once', async () => {
    const inv = await feeInvoice(server, auth);
    expect((await payByCard(server, auth, inv.id, '2200 0000 0000 0012')).status).toBe(504);
    await advance(server, 60_000);
    expect((await invoice(inv.id)).body.status).toBe('unpaid');
    const retry = await payByCard(server, auth, inv.id);
    expect(retry.status).toBe(200);
    expect(await server.db.receipts.count()).toBe(1);
    expect((await server.db.attempts.toArray()).map((a) => a.status).sort()).toEqual(['failed', 'paid']);
  });

  it('two payments of one invoice confirmed at once make one charge', async () => {
    const inv = await feeInvoice(server, auth);
    const a = await pay(inv.id, { method: 'online_bank', bank: 'sber' });
    const b = await pay(inv.id, { method: 'online_bank', bank: 'vtb' });
    const confirm = (s: typeof a) =>
      server.post<ErrorBody>(`/payments/invoices/${inv.id}/confirm`, { attemptId: s.body.attemptId, token: s.body.token, approve: true }, auth);
    const results = await Promise.all([
      confirm(a),
      confirm(b),
      server.post<ErrorBody>(`/payments/invoices/${inv.id}/pay`, { method: 'ewallet', wallet: 'ivanova@example.ru' }, auth),
    ]);
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409).map((r) => r.body.error.code)).toEqual(['already_paid', 'already_paid']);
    expect(await server.db.receipts.count()).toBe(1);
  });
});

describe('other methods', () => {
  it('online bank: the bank screen can cancel, then approve', async () => {
    const inv = await feeInvoice(server, auth);
    const first = await pay(inv.id, { method: 'online_bank', bank: 'tbank' });
    expect(first.body.step).toBe('redirect');
    const cancelled = await server.post<ErrorBody>(
      `/payments/invoices/${inv.id}/confirm`,
      { attemptId: first.body.attemptId, token: first.body.token, approve: false },
      auth,
    );
    expect(cancelled.body.error.code).toBe('bank_cancelled');
    const second = await pay(inv.id, { method: 'online_bank', bank: 'tbank' });
    const done = await server.post<{ receipt: { methodDetail: string; commissionKopecks: number } }>(
      `/payments/invoices/${inv.id}/confirm`,
      { attemptId: second.body.attemptId, token: second.body.token, approve: true },
      auth,
    );
    expect(done.body.receipt).toMatchObject({ methodDetail: 'Т-Банк', commissionKopecks: 0 });
  });

  it('terminal: an order number and a payment QR, paid when the demo or the operator reports it', async () => {
    const inv = await feeInvoice(server, auth);
    const order = await pay(inv.id, { method: 'terminal' });
    expect(order.body.step).toBe('terminal');
    expect(order.body.qrPayload).toMatch(/^ST00012\|Name=.+\|PersonalAcc=\d{20}\|.*\|Sum=30000\|/);
    expect((await server.post<ErrorBody>('/_sim/payments/0000000000000000/paid', {})).body.error.code).toBe('order_not_found');
    const operator = await server.post<ErrorBody>(`/operator/payments/${order.body.orderNumber}/paid`, {});
    expect(operator.status).toBe(403);
    const paid = await server.post<{ receipt: { commissionKopecks: number; totalKopecks: number } }>(
      `/_sim/payments/${order.body.orderNumber}/paid`,
      {},
    );
    expect(paid.status).toBe(200);
    expect(paid.body.receipt).toMatchObject({ commissionKopecks: 300, totalKopecks: 30_300 });
    expect((await server.post<ErrorBody>(`/_sim/payments/${order.body.orderNumber}/paid`, {})).status).toBe(200);
    expect(await server.db.receipts.count()).toBe(1);
  });

  it('mobile balance: a code to the paying phone; an e-wallet pays at once with its commission', async () => {
    const inv = await feeInvoice(server, auth, 'driving-licence');
    const step = await pay(inv.id, { method: 'mobile', phone: '+7 916 000-11-22' });
    expect(step.body.step).toBe('code');
    const done = await server.post<{ receipt: { commissionKopecks: number } }>(
      `/payments/invoices/${inv.id}/confirm`,
      { attemptId: step.body.attemptId, code: await server.lastCode('+79160001122') },
      auth,
    );
    expect(done.body.receipt.commissionKopecks).toBe(8_000);
    const other = await feeInvoice(server, auth, 'foreign-passport');
    const empty = await pay(other.id, { method: 'ewallet', wallet: 'empty@wallet.example' });
    expect(empty.body.error.code).toBe('insufficient_funds');
    const wallet = await server.post<{ step: string; receipt: { commissionKopecks: number } }>(
      `/payments/invoices/${other.id}/pay`,
      { method: 'ewallet', wallet: '+79161234567' },
      auth,
    );
    expect(wallet.body).toMatchObject({ step: 'done', receipt: { commissionKopecks: 6_000 } });
  });

  it('another account cannot see or pay the invoice', async () => {
    const inv = await feeInvoice(server, auth);
    const { register } = await import('./testKit');
    const stranger = await register(server, '+79031112233', 'other@example.ru');
    expect((await server.get(`/payments/invoices/${inv.id}`, stranger)).status).toBe(404);
    expect((await server.post(`/payments/invoices/${inv.id}/pay`, { method: 'terminal' }, stranger)).status).toBe(404);
  });
});

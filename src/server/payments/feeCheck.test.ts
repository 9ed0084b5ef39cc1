import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SERVICES } from '../../domain/catalog/services';
import type { TestServer } from '../testServer';
import { citizen, feeInvoice, payByCard, PHONE, register, type ErrorBody } from './testKit';

let server: TestServer;
let auth: Record<string, string>;
beforeEach(async () => {
  ({ server, auth } = await citizen());
  await server.db.accounts.toCollection().modify({ identityLevel: 'confirmed' });
});
afterEach(() => server.close());

async function send(body: Record<string, unknown>, as = auth, phone = PHONE) {
  const ticket = await server.post<{ flowId: string }>('/applications/code', {}, as);
  return server.post<ErrorBody & { id: string; number: string }>(
    '/applications',
    { answers: {}, resultWay: 'office', ...body, flowId: ticket.body.flowId, code: await server.lastCode(phone) },
    as,
  );
}

describe('state fee before sending', () => {
  it('one fee invoice per draft, with the amount, legal purpose and payee details', async () => {
    const draftId = crypto.randomUUID();
    const first = await server.post<{
      id: string;
      amountKopecks: number;
      purpose: { ru: string };
      payee: { inn: string; bik: string; treasuryAccount: string };
    }>('/payments/invoices', { kind: 'fee', serviceId: 'internal-passport', draftId }, auth);
    expect(first.status).toBe(201);
    expect(first.body.amountKopecks).toBe(30_000);
    expect(first.body.purpose.ru).toMatch(/Госпошлина/);
    expect(first.body.payee).toMatchObject({
      inn: expect.stringMatching(/^\d{10}$/),
      bik: expect.stringMatching(/^\d{9}$/),
      treasuryAccount: expect.stringMatching(/^\d{20}$/),
    });
    const again = await server.post<{ id: string }>('/payments/invoices', { kind: 'fee', serviceId: 'internal-passport', draftId }, auth);
    expect([again.status, again.body.id]).toEqual([200, first.body.id]);
    expect(
      (await server.post<ErrorBody>('/payments/invoices', { kind: 'fee', serviceId: 'snils-free', draftId: crypto.randomUUID() }, auth)).status,
    ).toBe(404);
    expect(
      (await server.post<ErrorBody>('/payments/invoices', { kind: 'fee', serviceId: 'fine-payment', draftId: crypto.randomUUID() }, auth)).body.error
        .code,
    ).toBe('no_fee');
    expect((await server.get<{ id: string }[]>(`/payments/invoices?draftId=${draftId}`, auth)).body.map((i) => i.id)).toEqual([first.body.id]);
  });

  it('refuses an unpaid, unknown, foreign or mismatched payment, and passes a paid one on to the form check', async () => {
    const inv = await feeInvoice(server, auth);
    const base = { draftId: inv.draftId, serviceId: 'internal-passport' };
    expect((await send(base)).body.error.code).toBe('payment_required');
    expect((await send({ ...base, paymentId: 'nope-nope-nope' })).body.error.code).toBe('payment_not_found');
    const unpaid = await send({ ...base, paymentId: inv.id });
    expect([unpaid.status, unpaid.body.error.code]).toEqual([402, 'payment_unpaid']);
    await payByCard(server, auth, inv.id);
    const otherDraft = await send({ ...base, draftId: crypto.randomUUID(), paymentId: inv.id });
    expect([otherDraft.status, otherDraft.body.error.code]).toEqual([409, 'payment_mismatch']);
    const passed = await send({ ...base, paymentId: inv.id });
    expect([passed.status, passed.body.error.code]).toEqual([422, 'validation']);

    const stranger = await register(server, '+79031112233', 'other@example.ru');
    await server.db.accounts.toCollection().modify({ identityLevel: 'confirmed' });
    const foreign = await send({ ...base, paymentId: inv.id }, stranger, '+79031112233');
    expect(foreign.body.error.code).toBe('payment_not_found');
  });

  it('a paid fee lets the application through and the receipt names it', async () => {
    // No fee service has a short form, so a one-field service gets a fee for this test only.
    const service = SERVICES.find((s) => s.id === 'fine-payment')! as { fee: unknown };
    service.fee = { amountKopecks: 12_345, purpose: { ru: 'Тестовая пошлина', en: 'Test fee' } };
    try {
      const inv = await feeInvoice(server, auth, 'fine-payment');
      await payByCard(server, auth, inv.id);
      const sent = await send({
        draftId: inv.draftId,
        serviceId: 'fine-payment',
        resultWay: 'electronic',
        answers: { resolutionNumber: '18810177230000123456' },
        paymentId: inv.id,
      });
      expect(sent.status).toBe(201);
      const receipt = await server.get<{ applicationId: string; applicationNumber: string }>(
        `/payments/receipts/${(await server.db.receipts.toArray())[0]!.id}`,
        auth,
      );
      expect(receipt.body).toMatchObject({ applicationId: sent.body.id, applicationNumber: sent.body.number });
    } finally {
      service.fee = null;
    }
  });
});

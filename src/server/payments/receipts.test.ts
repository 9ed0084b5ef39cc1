import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReceiptList, ReceiptView } from '../../domain/payments/api';
import type { TestServer } from '../testServer';
import { advance, citizen, EMAIL, feeInvoice, payByCard, register } from './testKit';

let server: TestServer;
let auth: Record<string, string>;
const DAY = 86_400_000;
const list = (query = '') => server.get<ReceiptList>(`/payments/receipts${query}`, auth);

/** Three receipts on three days: passport 300 ₽ (day 0), driving licence 4000 ₽ (day 2), a fine (day 4). */
beforeEach(async () => {
  ({ server, auth } = await citizen());
  await payByCard(server, auth, (await feeInvoice(server, auth, 'internal-passport')).id);
  await advance(server, 2 * DAY);
  await payByCard(server, auth, (await feeInvoice(server, auth, 'driving-licence')).id);
  await advance(server, 2 * DAY);
  const fine = await server.post<{ id: string }>('/payments/invoices', { kind: 'fine', fineIds: ['18810177230000123456'] }, auth);
  await payByCard(server, auth, fine.body.id);
});
afterEach(() => server.close());

describe('receipts', () => {
  it('lists every receipt newest first with the period sum, and filters by kind, service, amount and date', async () => {
    const all = await list();
    expect(all.body.count).toBe(3);
    expect(all.body.receipts.map((r) => r.kind)).toEqual(['fine', 'fee', 'fee']);
    const fineAmount = all.body.receipts[0]!.amountKopecks;
    expect(all.body.sumKopecks).toBe(30_000 + 400_000 + fineAmount);
    expect((await list('?kind=fee')).body.sumKopecks).toBe(430_000);
    expect((await list('?service=driving-licence')).body.receipts.map((r) => r.amountKopecks)).toEqual([400_000]);
    expect((await list('?min=30000&max=30000')).body.count).toBe(1);
    expect((await list('?from=2026-03-04&to=2026-03-04')).body.receipts.map((r) => r.serviceId)).toEqual(['driving-licence']);
    expect((await list('?from=2026-03-03')).body.count).toBe(2);
    expect((await list('?kind=gift')).status).toBe(422);
  });

  it('a receipt carries payer, payee bank details, purpose, transaction id and UIN for a fine', async () => {
    const [fine] = (await list('?kind=fine')).body.receipts;
    const one = await server.get<ReceiptView>(`/payments/receipts/${fine!.id}`, auth);
    expect(one.body).toMatchObject({
      payer: { name: 'Иванова Мария Петровна' },
      payee: { kpp: expect.stringMatching(/^\d{9}$/), kbk: expect.stringMatching(/^\d{20}$/) },
      uins: ['18810177230000123456'],
      transactionId: expect.stringMatching(/^\d{20}$/),
      archived: false,
    });
    const stranger = await register(server, '+79031112233', 'other@example.ru');
    expect((await server.get(`/payments/receipts/${fine!.id}`, stranger)).status).toBe(404);
    expect((await server.get<ReceiptList>('/payments/receipts', stranger)).body.count).toBe(0);
  });

  it('sends a receipt to the simulated mailbox, to the account e-mail or another address', async () => {
    const [receipt] = (await list('?service=internal-passport')).body.receipts;
    const sent = await server.post<{ sentTo: string }>(`/payments/receipts/${receipt!.id}/email`, {}, auth);
    expect([sent.status, sent.body.sentTo]).toEqual([202, EMAIL]);
    const mail = (await server.db.inbox.where('to').equals(EMAIL).toArray()).at(-1)!;
    expect(mail.subject).toMatch(/300,00/);
    expect(mail.body).toContain(receipt!.transactionId);
    expect((await server.post(`/payments/receipts/${receipt!.id}/email`, { to: 'accountant@example.ru' }, auth)).status).toBe(202);
    expect((await server.post(`/payments/receipts/${receipt!.id}/email`, { to: 'not-an-email' }, auth)).status).toBe(422);
  });

  it('keeps receipts past five years, flagged archived and listed on request', async () => {
    await advance(server, (5 * 365 + 2) * DAY);
    expect((await list()).body.count).toBe(0);
    const archived = await list('?archived=1');
    expect(archived.body.count).toBe(3);
    expect(archived.body.receipts.every((r) => r.archived)).toBe(true);
    expect(await server.db.receipts.count()).toBe(3);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChangesPage } from '../../domain/changes';
import { CARD, EMAIL, PHONE, feeInvoice, payByCard, register } from '../payments/testKit';
import { createTestServer, type TestServer } from '../testServer';

let server: TestServer;
beforeEach(() => {
  server = createTestServer();
});
afterEach(() => server.close());

const changes = (auth: Record<string, string>, since = 0) => server.get<ChangesPage>(`/changes?since=${since}`, auth);

describe('GET /api/changes', () => {
  it('needs a session', async () => {
    expect((await server.get('/changes?since=0')).status).toBe(401);
  });

  it('refuses a cursor that is not a number', async () => {
    const auth = await register(server, PHONE, EMAIL);
    const answer = await server.get<{ error: { fields: Record<string, string> } }>('/changes?since=abc', auth);
    expect(answer.status).toBe(422);
    expect(answer.body.error.fields).toHaveProperty('since');
  });

  it("carries the caller's own changes with their rows, and never another account's", async () => {
    const maria = await register(server, PHONE, EMAIL);
    const petr = await register(server, '+79220001122', 'petrov@example.ru');
    const invoice = await feeInvoice(server, maria);
    const paid = await payByCard(server, maria, invoice.id);
    expect(paid.status).toBe(200);

    const mine = (await changes(maria)).body;
    const invoiceChange = mine.changes.find((c) => c.entity === 'invoice' && c.id === invoice.id);
    expect(invoiceChange?.row).toMatchObject({ id: invoice.id, status: 'paid' });
    const receiptChange = mine.changes.find((c) => c.entity === 'receipt');
    expect(receiptChange?.row).toMatchObject({ amountKopecks: invoice.amountKopecks, payer: expect.anything() });

    const theirs = (await changes(petr)).body;
    expect(theirs.changes.some((c) => c.entity === 'invoice' || c.entity === 'receipt')).toBe(false);
    expect(JSON.stringify(theirs)).not.toContain(invoice.id);
  });

  it('sends one change per record, its latest row, and resumes after the cursor', async () => {
    const maria = await register(server, PHONE, EMAIL);
    const invoice = await feeInvoice(server, maria);
    const first = (await changes(maria)).body;
    expect(first.changes.filter((c) => c.id === invoice.id)).toHaveLength(1);
    await payByCard(server, maria, invoice.id, CARD.number);
    const next = (await changes(maria, first.cursor)).body;
    expect(next.changes.filter((c) => c.id === invoice.id)).toEqual([
      expect.objectContaining({ op: 'put', row: expect.objectContaining({ status: 'paid' }) }),
    ]);
    expect(next.epoch).toBe(first.epoch);
    expect((await changes(maria, next.cursor)).body.changes).toEqual([]);
  });

  it('tells everyone about the clock, and starts a new epoch after a reset', async () => {
    const maria = await register(server, PHONE, EMAIL);
    const before = (await changes(maria)).body;
    await server.post('/_sim/clock', { advanceMs: 60_000 });
    const after = (await changes(maria, before.cursor)).body;
    expect(after.changes.map((c) => c.entity)).toEqual(['clock']);
    await server.post('/_sim/reset', {});
    expect((await changes(maria)).status).toBe(401); // the reset forgot the account and its sessions
  });
});

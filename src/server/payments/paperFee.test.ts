// A paper residence certificate pays its region's fee before sending (issue 19.4): the ledger bills the
// region's amount, follows a changed region while unpaid, and the submission check asks for it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestServer } from '../testServer';
import { citizen, payByCard, PHONE, type ErrorBody } from './testKit';

let server: TestServer;
let auth: Record<string, string>;
beforeEach(async () => {
  ({ server, auth } = await citizen());
  await server.db.accounts.toCollection().modify({ identityLevel: 'confirmed' });
});
afterEach(() => server.close());

const SERVICE = 'residence-certificate';
type Invoice = { id: string; amountKopecks: number; purpose: { ru: string }; status: string } & ErrorBody;

const bill = (draftId: string, resultWay: string, region: string) =>
  server.post<Invoice>('/payments/invoices', { kind: 'fee', serviceId: SERVICE, draftId, resultWay, region }, auth);

async function send(draftId: string, resultWay: string, region: string, paymentId?: string) {
  const ticket = await server.post<{ flowId: string }>('/applications/code', {}, auth);
  return server.post<ErrorBody>(
    '/applications',
    { draftId, serviceId: SERVICE, answers: { region }, resultWay, flowId: ticket.body.flowId, code: await server.lastCode(PHONE), paymentId },
    auth,
  );
}

describe('the regional fee for a paper certificate', () => {
  it('bills the region of the address for post or office, and nothing for an electronic one', async () => {
    const draftId = crypto.randomUUID();
    const post = await bill(draftId, 'post', 'Московская область');
    expect([post.status, post.body.amountKopecks]).toEqual([201, 20_000]);
    expect(post.body.purpose.ru).toContain('бумажный экземпляр');
    // Moved to another region before paying: the same invoice now asks the new region's fee.
    const moved = await bill(draftId, 'office', 'Свердловская область');
    expect([moved.status, moved.body.id, moved.body.amountKopecks]).toEqual([200, post.body.id, 30_000]);
    expect((await bill(crypto.randomUUID(), 'electronic', 'Московская область')).body.error.code).toBe('no_fee');
    expect((await bill(crypto.randomUUID(), 'post', 'город Москва')).body.error.code).toBe('no_fee');
  });

  it('a paper certificate is not sent before its fee is paid; a paid fee of another region is refused', async () => {
    const draftId = crypto.randomUUID();
    expect((await send(draftId, 'post', 'Московская область')).body.error.code).toBe('payment_required');
    const invoice = await bill(draftId, 'post', 'Московская область');
    expect((await send(draftId, 'post', 'Московская область', invoice.body.id)).body.error.code).toBe('payment_unpaid');
    await payByCard(server, auth, invoice.body.id);
    // Paid: the check passes on to the form (this test sends no full form, so the form check answers).
    expect((await send(draftId, 'post', 'Московская область', invoice.body.id)).body.error.code).toBe('validation');
    const other = await send(draftId, 'post', 'Свердловская область', invoice.body.id);
    expect([other.status, other.body.error.code]).toEqual([409, 'payment_mismatch']);
  });

  it('an electronic certificate or a free region asks for no payment', async () => {
    expect((await send(crypto.randomUUID(), 'electronic', 'Московская область')).body.error.code).toBe('validation');
    expect((await send(crypto.randomUUID(), 'office', 'Москва')).body.error.code).toBe('validation');
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SERVICES } from '../../domain/catalog/services';
import type { RefundView } from '../../domain/payments/api';
import type { TestServer } from '../testServer';
import { advance, citizen, feeInvoice, payByCard, PHONE, type ErrorBody } from './testKit';

let server: TestServer;
let auth: Record<string, string>;
// No fee service has a short form, so a one-field service gets a fee for these stories only.
const service = SERVICES.find((s) => s.id === 'fine-payment')! as { fee: unknown };
beforeEach(async () => {
  ({ server, auth } = await citizen());
  service.fee = { amountKopecks: 50_000, purpose: { ru: 'Тестовая пошлина', en: 'Test fee' } };
});
afterEach(async () => {
  service.fee = null;
  await server.close();
});

async function paidAndSent(scenario: string) {
  const inv = await feeInvoice(server, auth, 'fine-payment');
  await payByCard(server, auth, inv.id);
  const ticket = await server.post<{ flowId: string }>('/applications/code', {}, auth);
  const body = {
    draftId: inv.draftId,
    serviceId: 'fine-payment',
    resultWay: 'electronic',
    answers: { resolutionNumber: '18810177230000123456' },
    paymentId: inv.id,
    flowId: ticket.body.flowId,
    code: await server.lastCode(PHONE),
  };
  const sent = await server.post<{ id: string }>('/applications', body, { ...auth, 'X-Okno-Scenario': scenario });
  return { invoiceId: inv.id, caseId: sent.body.id };
}
const refund = (paymentId: string, reason: string) => server.post<RefundView & ErrorBody>('/payments/refunds', { paymentId, reason }, auth);

describe('refunds', () => {
  it('refunds a fee paid twice for the same service, never the one the application used', async () => {
    const used = await paidAndSent('manual');
    const twin = await feeInvoice(server, auth, 'fine-payment');
    expect((await refund(twin.id, 'duplicate')).body.error.data?.why).toBe('not_paid');
    await payByCard(server, auth, twin.id);
    const kept = await refund(used.invoiceId, 'duplicate');
    expect([kept.status, kept.body.error.data?.why]).toEqual([422, 'payment_in_use']);
    const back = await refund(twin.id, 'duplicate');
    expect(back.status).toBe(201);
    expect(back.body).toMatchObject({ paymentId: twin.id, amountKopecks: 50_000, status: 'requested' });
    expect((await refund(twin.id, 'duplicate')).body.error.code).toBe('refund_exists');
  });

  it('refunds a fee whose application was refused before processing; the status moves on working days', async () => {
    const { invoiceId, caseId } = await paidAndSent('manual');
    expect((await refund(invoiceId, 'refused_before_processing')).body.error.data?.why).toBe('not_rejected');
    const rejected = await server.post(`/operator/cases/${caseId}/action`, { action: 'reject', reason: 'data_mismatch' }, await server.staff('1234'));
    expect(rejected.status).toBe(200);
    const made = await refund(invoiceId, 'refused_before_processing');
    expect(made.status).toBe(201);
    const receipt = await server.get<{ refundId: string }>(`/payments/receipts/${made.body.receiptId}`, auth);
    expect(receipt.body.refundId).toBe(made.body.id);
    await advance(server, made.body.approvedAt - (await server.get<{ nowMs: number }>('/_sim/clock')).body.nowMs);
    expect((await server.get<{ refunds: RefundView[] }>('/payments/refunds', auth)).body.refunds[0]!.status).toBe('approved');
    await advance(server, made.body.paidBackAt - made.body.approvedAt);
    expect((await server.get<{ refunds: RefundView[] }>('/payments/refunds', auth)).body.refunds[0]!.status).toBe('paid_back');
  });

  it('logs a change for the refund when its status moves, so the change feed brings «approved» and «paid_back» to the device', async () => {
    await paidAndSent('manual');
    const twin = await feeInvoice(server, auth, 'fine-payment');
    await payByCard(server, auth, twin.id);
    const made = (await refund(twin.id, 'duplicate')).body;
    type Feed = { cursor: number; changes: { entity: string; id: string; row?: RefundView }[] };
    const feedRefund = async (since: number) => {
      const page = (await server.get<Feed>(`/changes?since=${since}`, auth)).body;
      return { cursor: page.cursor, row: page.changes.find((c) => c.entity === 'refund' && c.id === made.id)?.row };
    };
    const requested = await feedRefund(0);
    expect(requested.row?.status).toBe('requested');

    // A clock jump past approval, then a plain wait past the pay-back: each move is in the feed.
    await advance(server, made.approvedAt - (await server.get<{ nowMs: number }>('/_sim/clock')).body.nowMs);
    const approved = await feedRefund(requested.cursor);
    expect(approved.row?.status).toBe('approved');
    server.wait(made.paidBackAt - made.approvedAt);
    const paidBack = await feedRefund(approved.cursor);
    expect(paidBack.row?.status).toBe('paid_back');
    // Nothing more is due: later reads log nothing new for it.
    await advance(server, 30 * 86_400_000);
    expect((await feedRefund(paidBack.cursor)).row).toBeUndefined();
  });

  it('refuses a refund once the department has started processing, and for a payment with no twin', async () => {
    const { invoiceId } = await paidAndSent('rejected:data_mismatch');
    await advance(server, 60 * 86_400_000);
    const app = await server.get<{ status: string; timeline: { status: string }[] }>(
      `/applications/${(await server.db.cases.toArray())[0]!.id}`,
      auth,
    );
    expect(app.body.status).toBe('rejected');
    expect(app.body.timeline.map((t) => t.status)).toContain('in_processing');
    expect((await refund(invoiceId, 'refused_before_processing')).body.error.data?.why).toBe('processing_started');
    const lone = await feeInvoice(server, auth, 'internal-passport');
    await payByCard(server, auth, lone.id);
    expect((await refund(lone.id, 'duplicate')).body.error.data?.why).toBe('no_duplicate');
    expect((await refund('unknown-payment', 'duplicate')).status).toBe(404);
  });
});

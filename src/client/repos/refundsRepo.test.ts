// Regression: a refund stayed «Возврат запрошен» on the device after the simulated clock passed its
// pay-back date, because the server logs a refund only when it is requested.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '../database';
import { CURSOR_PREFIX } from '../mirrors/applyFeedPage';
import { wipeLocalData } from './deviceRepo';
import { listRefunds, storeRefund } from './refundsRepo';

const refund = { id: 'ref-1', paymentId: 'inv-1', receiptId: 'r-1', reason: 'duplicate' as const, amountKopecks: 30_000, status: 'requested' as const, requestedAt: 1_000, approvedAt: 2_000, paidBackAt: 5_000 };
const serverAnsweredAt = (asOf: number) => getDb().settings.put({ key: CURSOR_PREFIX + 'acc-1', value: { epoch: 'e1', cursor: 1, asOf, mirrors: 'm' } });

beforeEach(() => wipeLocalData());

describe('refunds mirror', () => {
  it('moves a refund on by its own dates as the simulated clock passes them', async () => {
    await storeRefund('acc-1', refund);
    expect((await listRefunds('acc-1'))[0]!.status).toBe('requested');
    await serverAnsweredAt(1_500);
    expect((await listRefunds('acc-1'))[0]!.status).toBe('requested');
    await serverAnsweredAt(2_000);
    expect((await listRefunds('acc-1'))[0]!.status).toBe('approved');
    await serverAnsweredAt(9_000);
    expect((await listRefunds('acc-1'))[0]!.status).toBe('paid_back');
  });

  it('never shows a status behind the one the server gave', async () => {
    await storeRefund('acc-1', { ...refund, status: 'paid_back' });
    await serverAnsweredAt(1_500);
    expect((await listRefunds('acc-1'))[0]!.status).toBe('paid_back');
    expect(await listRefunds('acc-2')).toEqual([]);
  });
});

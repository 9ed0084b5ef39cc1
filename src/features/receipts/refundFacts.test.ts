// The refund offer on a receipt, decided from the device's mirrors over fake-indexeddb.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { sampleReceipt } from '../../../test/fixtures/receiptSamples';
import { storeApplication } from '../../client/repos/applicationsRepo';
import { wipeLocalData } from '../../client/repos/deviceRepo';
import { mirrorReceipts } from '../../client/repos/receiptsRepo';
import { storeRefund } from '../../client/repos/refundsRepo';
import type { ApplicationView } from '../../domain/application';
import { refundChoice } from '../../domain/payments/refundRules';
import { refundFacts } from './refundFacts';

const first = sampleReceipt({ id: 'r-1', invoiceId: 'inv-00000001' });
const second = sampleReceipt({ id: 'r-2', invoiceId: 'inv-00000002', paidAt: first.paidAt + 1000 });
const fine = sampleReceipt({ id: 'r-3', invoiceId: 'inv-00000003', kind: 'fine', serviceId: undefined, uins: ['18810177230000123456'] });

function application(status: ApplicationView['status'], reached: ApplicationView['status'][]): ApplicationView {
  const at = first.paidAt;
  return {
    id: 'case-1',
    number: '2026-AAAA-BBBB',
    serviceId: 'internal-passport',
    status,
    submittedAt: at,
    updatedAt: at,
    resultWay: 'electronic',
    answers: {},
    files: [],
    timeline: reached.map((s, i) => ({ at: at + i, status: s })),
    tracking: [],
  };
}

const offer = async (receipt = second) => refundChoice(await refundFacts('acc-1', receipt));

beforeEach(() => wipeLocalData());

describe('refund offer from the mirrors', () => {
  it('a fee paid twice can be refunded as a duplicate; once the twin is asked back, the other one cannot', async () => {
    await mirrorReceipts('acc-1', [first, second, fine]);
    expect(await offer()).toEqual({ reasons: ['duplicate'] });
    await storeRefund('acc-1', {
      id: 'ref-1',
      paymentId: first.invoiceId,
      receiptId: first.id,
      reason: 'duplicate',
      amountKopecks: 1,
      status: 'requested',
      requestedAt: 0,
      approvedAt: 0,
      paidBackAt: 0,
    });
    expect(await offer()).toEqual({ why: 'no_duplicate' });
  });

  it('a fine paid once says there is nothing to refund; another account’s twin does not count', async () => {
    await mirrorReceipts('acc-1', [fine]);
    await mirrorReceipts('acc-2', [{ ...fine, id: 'r-4', invoiceId: 'inv-00000004' }]);
    expect(await offer(fine)).toEqual({ why: 'no_duplicate' });
  });

  it('the fee an application went with: kept while it is considered, refunded when refused before processing', async () => {
    const used = { ...first, applicationId: 'case-1', applicationNumber: '2026-AAAA-BBBB' };
    await mirrorReceipts('acc-1', [used, second]);
    await storeApplication('acc-1', application('accepted', ['sent', 'accepted']));
    expect(await offer(used)).toEqual({ why: 'payment_in_use' });
    await storeApplication('acc-1', application('rejected', ['sent', 'accepted', 'rejected']));
    expect(await offer(used)).toEqual({ reasons: ['duplicate', 'refused_before_processing'] });
    await storeApplication('acc-1', application('rejected', ['sent', 'accepted', 'in_processing', 'rejected']));
    expect(await offer(used)).toEqual({ reasons: ['duplicate'] });
  });
});

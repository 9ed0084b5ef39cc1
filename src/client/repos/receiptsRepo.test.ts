// The receipts mirror over fake-indexeddb: filled from the server's views, carried by the export
// archive, and shown again on a wiped device after the import.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { sampleReceipt } from '../../../test/fixtures/receiptSamples';
import { getDb } from '../database';
import { packAccountTables, restoreAccountTables } from './archiveRepo';
import { wipeAccountData, wipeLocalData } from './deviceRepo';
import { listMirroredReceipts, mirrorReceipts, readMirroredReceipt } from './receiptsRepo';

const DAY = 86_400_000;
const older = sampleReceipt({ id: 'r-older', amountKopecks: 30_000 });
const newer = sampleReceipt({ id: 'r-newer', kind: 'fine', uins: ['18810177230000123456'], paidAt: older.paidAt + DAY, amountKopecks: 75_050 });

beforeEach(() => wipeLocalData());

describe('receipts mirror', () => {
  it('keeps the server’s receipts per account, newest first, and refreshes a changed one', async () => {
    await mirrorReceipts('acc-1', [older, newer]);
    await mirrorReceipts('acc-2', [sampleReceipt({ id: 'r-other' })]);
    await mirrorReceipts('acc-1', [{ ...older, refundId: 'refund-1' }]);
    const mine = await listMirroredReceipts('acc-1');
    expect(mine.map((r) => r.id)).toEqual(['r-newer', 'r-older']);
    expect(mine[1]).toEqual({ ...older, refundId: 'refund-1' });
    expect(await readMirroredReceipt('acc-1', 'r-other')).toBeUndefined();
  });

  it('never drops a receipt the server stopped listing', async () => {
    await mirrorReceipts('acc-1', [older, newer]);
    await mirrorReceipts('acc-1', [newer]);
    expect(await listMirroredReceipts('acc-1')).toHaveLength(2);
  });

  it('travels in the export archive and is shown again after a wipe and an import', async () => {
    await mirrorReceipts('acc-1', [older, newer]);
    const archived = JSON.parse(JSON.stringify(await packAccountTables('acc-1'))) as Record<string, Record<string, unknown>[]>;
    expect(archived.receipts).toHaveLength(2);

    await wipeAccountData('acc-1');
    expect(await listMirroredReceipts('acc-1')).toEqual([]);
    await restoreAccountTables('acc-1', archived);
    expect(await listMirroredReceipts('acc-1')).toEqual([newer, older]);
    expect(await getDb().receipts.count()).toBe(2);
  });

  it('skips a mirrored row whose data is not a receipt instead of failing the list', async () => {
    await mirrorReceipts('acc-1', [older]);
    await getDb().receipts.put({ id: 'junk', accountId: 'acc-1', paidAt: 1, amountKopecks: 1, data: { hello: 'world' } });
    expect((await listMirroredReceipts('acc-1')).map((r) => r.id)).toEqual(['r-older']);
  });
});

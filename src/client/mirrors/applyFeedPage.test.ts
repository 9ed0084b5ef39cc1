// The generic mirror step over fake-indexeddb: a feed page lands in the account's mirrors together with
// the cursor, rows are checked with the mirror's schema, and a reset clears only what the server forgot.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChangesPage, FeedChange } from '../../domain/changes';
import { sampleReceipt } from '../../../test/fixtures/receiptSamples';
import { getDb } from '../database';
import { listApplications, readApplication } from '../repos/applicationsRepo';
import { wipeLocalData } from '../repos/deviceRepo';
import { listMirroredReceipts } from '../repos/receiptsRepo';
import { countUnread, listNotices } from '../repos/noticesRepo';
import { applyFeedPage, CURSOR_PREFIX } from './applyFeedPage';
import { MIRRORS } from './registry';
import { sampleApplication } from './testCases';

const page = (changes: Omit<FeedChange, 'seq' | 'at'>[], cursor = changes.length, epoch = 'e1'): ChangesPage => ({
  epoch,
  cursor,
  more: false,
  asOf: 1000,
  changes: changes.map((c, i) => ({ seq: i + 1, at: 1000, ...c })),
});

beforeEach(() => wipeLocalData());

describe('applyFeedPage', () => {
  it("stores each change's row in its entity's mirror, under the account, with the cursor", async () => {
    const older = sampleApplication({ id: 'c1', updatedAt: 1 });
    const newer = sampleApplication({ id: 'c2', updatedAt: 2, status: 'accepted' });
    await applyFeedPage(
      getDb(),
      'acc-1',
      MIRRORS,
      page([
        { entity: 'case', id: 'c1', op: 'put', row: older },
        { entity: 'case', id: 'c2', op: 'put', row: newer },
        { entity: 'notice', id: '7', op: 'put', row: { id: 7, kind: 'registered', at: 5, params: {}, read: false } },
        { entity: 'clock', id: 'clock', op: 'put' },
      ]),
      false,
    );
    expect((await listApplications('acc-1')).map((a) => a.id)).toEqual(['c2', 'c1']);
    expect(await listApplications('acc-2')).toEqual([]);
    expect(await readApplication('acc-2', 'c1')).toBeUndefined();
    expect(await countUnread('acc-1')).toBe(1);
    expect((await listNotices('acc-1'))[0]).toMatchObject({ id: 7, kind: 'registered' });
    expect((await getDb().settings.get(CURSOR_PREFIX + 'acc-1'))?.value).toMatchObject({ epoch: 'e1', cursor: 4, asOf: 1000 });
  });

  it('replaces a row with its newer version and deletes only rows of the account', async () => {
    await applyFeedPage(getDb(), 'acc-1', MIRRORS, page([{ entity: 'case', id: 'c1', op: 'put', row: sampleApplication({ id: 'c1' }) }]), false);
    await applyFeedPage(
      getDb(),
      'acc-1',
      MIRRORS,
      page([{ entity: 'case', id: 'c1', op: 'put', row: sampleApplication({ id: 'c1', status: 'ready' }) }], 2),
      false,
    );
    expect((await readApplication('acc-1', 'c1'))?.status).toBe('ready');
    await applyFeedPage(getDb(), 'acc-2', MIRRORS, page([{ entity: 'case', id: 'c1', op: 'delete' }], 3), false);
    expect(await readApplication('acc-1', 'c1')).toBeDefined();
    await applyFeedPage(getDb(), 'acc-1', MIRRORS, page([{ entity: 'case', id: 'c1', op: 'delete' }], 3), false);
    expect(await readApplication('acc-1', 'c1')).toBeUndefined();
  });

  it('skips a row that does not fit the shared schema, and still moves the cursor', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await applyFeedPage(getDb(), 'acc-1', MIRRORS, page([{ entity: 'case', id: 'bad', op: 'put', row: { id: 'bad', status: 'lost' } }]), false);
    expect(await listApplications('acc-1')).toEqual([]);
    expect(warn).toHaveBeenCalled();
    expect((await getDb().settings.get(CURSOR_PREFIX + 'acc-1'))?.value).toMatchObject({ cursor: 1 });
    warn.mockRestore();
  });

  it('on a restart clears what the server forgot, but keeps receipts', async () => {
    await applyFeedPage(
      getDb(),
      'acc-1',
      MIRRORS,
      page([
        { entity: 'case', id: 'c1', op: 'put', row: sampleApplication({ id: 'c1' }) },
        { entity: 'receipt', id: 'r1', op: 'put', row: sampleReceipt({ id: 'r1' }) },
      ]),
      false,
    );
    await applyFeedPage(getDb(), 'acc-1', MIRRORS, page([], 0, 'e2'), true);
    expect(await listApplications('acc-1')).toEqual([]);
    expect((await listMirroredReceipts('acc-1')).map((r) => r.id)).toEqual(['r1']);
  });

  it('writes nothing at all when one row cannot be stored (the batch and the cursor are one transaction)', async () => {
    const db = getDb();
    const put = vi.spyOn(db.table('notifications'), 'put').mockRejectedValueOnce(new Error('disk full'));
    await expect(
      applyFeedPage(
        db,
        'acc-1',
        MIRRORS,
        page([
          { entity: 'case', id: 'c1', op: 'put', row: sampleApplication({ id: 'c1' }) },
          { entity: 'notice', id: '1', op: 'put', row: { id: 1, kind: 'registered', at: 5, params: {}, read: false } },
        ]),
        false,
      ),
    ).rejects.toThrow();
    put.mockRestore();
    expect(await listApplications('acc-1')).toEqual([]);
    expect(await db.settings.get(CURSOR_PREFIX + 'acc-1')).toBeUndefined();
  });
});

// The feed pull over fake-indexeddb with the server's pages stubbed: a first sync of an account with more
// changes than one page reads every page in turn (it once started over after each first page, forever,
// and a citizen with over 500 changes saw only the first 500 on a new device).
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AccountView } from '../domain/account';
import type { ChangesPage } from '../domain/changes';
import type * as Api from './api';
import { pullChanges, readCursor } from './changeFeed';
import { listApplications } from './repos/applicationsRepo';
import { wipeLocalData } from './repos/deviceRepo';
import { sampleApplication } from './mirrors/testCases';
import { setSession } from './sessionState';

const TOTAL = 1_200;
const PAGE = 500;
const asked: number[] = [];
let epoch = 'e1';

vi.mock('./api', async (original) => ({
  ...(await original<typeof Api>()),
  apiRequest: async (_method: string, path: string): Promise<ChangesPage> => {
    const since = Number(new URL(path, 'http://x').searchParams.get('since'));
    asked.push(since);
    const seqs = Array.from({ length: Math.min(PAGE, TOTAL - since) }, (_, i) => since + i + 1);
    return {
      epoch,
      cursor: seqs.at(-1) ?? since,
      more: since + PAGE < TOTAL,
      asOf: 1000,
      changes: seqs.map((seq) => ({
        seq,
        at: seq,
        entity: 'case',
        id: `c${seq}`,
        op: 'put',
        row: sampleApplication({ id: `c${seq}`, updatedAt: seq }),
      })),
    };
  },
}));

beforeEach(async () => {
  await wipeLocalData();
  asked.length = 0;
  epoch = 'e1';
  setSession({ status: 'signed_in', account: { id: 'acc-1' } as AccountView });
});

describe('change feed pull', () => {
  it('a first sync reads every page once, in order, and ends with the last cursor', async () => {
    await pullChanges();
    expect(asked).toEqual([0, 500, 1000]);
    expect(await listApplications('acc-1')).toHaveLength(TOTAL);
    expect((await readCursor('acc-1'))?.cursor).toBe(TOTAL);
  });

  it('a later pull goes on from the cursor; a new server epoch starts over once', async () => {
    await pullChanges();
    asked.length = 0;
    await pullChanges();
    expect(asked).toEqual([TOTAL]);
    asked.length = 0;
    epoch = 'e2';
    await pullChanges();
    expect(asked).toEqual([TOTAL, 0, 500, 1000]);
    expect((await readCursor('acc-1'))?.epoch).toBe('e2');
  });
});

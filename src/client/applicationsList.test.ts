// The list kept for the signed-in account: one subscription per account, following the mirror's
// changes, dropped at any sign-in or sign-out so the next person never sees it.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AccountView } from '../domain/account';
import type { ApplicationView } from '../domain/application';
import { watchApplications } from './applicationsList';
import { storeApplication } from './repos/applicationsRepo';
import { wipeLocalData } from './repos/deviceRepo';
import { emitSessionEvent } from './sessionState';

const view = (id: string, updatedAt: number): ApplicationView => ({
  id,
  number: `2026-TEST-${id}`,
  serviceId: 'residence-certificate',
  status: 'sent',
  submittedAt: 1,
  updatedAt,
  resultWay: 'electronic',
  answers: {},
  files: [],
  timeline: [{ at: 1, status: 'sent' }],
  tracking: [],
});
const ids = (query: ReturnType<typeof watchApplications>) => query.value()?.map((a) => a.id);

beforeEach(() => wipeLocalData());

describe('watchApplications', () => {
  it('is one live list per account that follows the mirror, and the next account gets its own', async () => {
    await storeApplication('acc-1', view('a', 1));
    const list = watchApplications('acc-1');
    expect(watchApplications('acc-1')).toBe(list);
    await vi.waitFor(() => expect(ids(list)).toEqual(['a']));
    await storeApplication('acc-1', view('b', 2));
    await vi.waitFor(() => expect(ids(list)).toEqual(['b', 'a']));
    const other = watchApplications('acc-2');
    expect(other).not.toBe(list);
    await vi.waitFor(() => expect(other.loading()).toBe(false));
    expect(ids(other)).toEqual([]);
  });

  it('is dropped at a sign-out: the same account then reads afresh', async () => {
    const list = watchApplications('acc-3');
    emitSessionEvent({ kind: 'signout', account: { id: 'acc-3' } as AccountView });
    expect(watchApplications('acc-3')).not.toBe(list);
  });
});

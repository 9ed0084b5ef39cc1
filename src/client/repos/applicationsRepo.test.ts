// «Мои заявления» reads the mirror in chunks: every application comes back once, most recently changed
// first, only the account's own.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ApplicationView } from '../../domain/application';
import { listApplications, storeApplication } from './applicationsRepo';
import { wipeLocalData } from './deviceRepo';

const view = (i: number): ApplicationView => ({
  id: `case-${i}`,
  number: `2026-TEST-${i}`,
  serviceId: 'residence-certificate',
  status: 'sent',
  submittedAt: i,
  updatedAt: 1_000 + i,
  resultWay: 'electronic',
  answers: {},
  files: [],
  timeline: [{ at: i, status: 'sent' }],
  tracking: [],
});

beforeEach(() => wipeLocalData());

describe('listApplications', () => {
  it('answers all 1,203 applications (more than two chunks) in order of change, without another account’s', async () => {
    for (let i = 0; i < 1_203; i++) await storeApplication('acc-1', view(i));
    await storeApplication('acc-2', view(5_000));
    const listed = await listApplications('acc-1');
    expect(listed).toHaveLength(1_203);
    expect(new Set(listed.map((a) => a.id)).size).toBe(1_203);
    expect(listed[0]!.id).toBe('case-1202');
    expect(listed.at(-1)!.id).toBe('case-0');
    expect(listed.every((a, i) => i === 0 || listed[i - 1]!.updatedAt >= a.updatedAt)).toBe(true);
  });

  it('answers each once when many share one time of change across the chunk borders', async () => {
    // 1,100 applications changed at only three moments: every chunk border falls inside a run of equal times.
    for (let i = 0; i < 1_100; i++) await storeApplication('acc-1', { ...view(i), updatedAt: 1_000 + (i % 3) });
    const listed = await listApplications('acc-1');
    expect(listed).toHaveLength(1_100);
    expect(new Set(listed.map((a) => a.id)).size).toBe(1_100);
    expect(listed.every((a, i) => i === 0 || listed[i - 1]!.updatedAt >= a.updatedAt)).toBe(true);
  });
});

// The appeals mirror over fake-indexeddb: per account, never dropped, carried by the data archive and
// shown again on a wiped device after the import.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AppealView } from '../../domain/appeals/view';
import { packAccountTables, restoreAccountTables } from './archiveRepo';
import { listMirroredAppeals, mirrorAppeals, readMirroredAppeal } from './appealsRepo';
import { wipeAccountData, wipeLocalData } from './deviceRepo';

const appeal = (id: string, updatedAt: number): AppealView => ({
  id,
  number: `1234567${id.length}`,
  type: 'request',
  topic: 'general',
  subject: 'Срок справки',
  description: 'Сколько готовится справка?',
  priority: 'low',
  contacts: { name: 'Иванова Мария', phone: '+79123456789', email: 'ivanova@example.ru' },
  files: [],
  signed: false,
  status: 'sent',
  sentAt: updatedAt,
  updatedAt,
  deadline: updatedAt + 30 * 86_400_000,
  law: '59-FZ',
  reactionLate: false,
  escalated: false,
  timeline: [{ at: updatedAt, status: 'sent', note: 'sent' }],
  materials: [],
  access: [],
  actions: ['edit', 'close'],
  asOf: updatedAt,
});

beforeEach(() => wipeLocalData());

describe('appeals mirror', () => {
  it('keeps each account’s appeals, newest change first, and never drops one the server stopped listing', async () => {
    await mirrorAppeals('acc-1', [appeal('a', 1), appeal('bb', 2)]);
    await mirrorAppeals('acc-2', [appeal('other', 3)]);
    await mirrorAppeals('acc-1', [appeal('a', 5)]);
    expect((await listMirroredAppeals('acc-1')).map((a) => a.id)).toEqual(['a', 'bb']);
    expect(await readMirroredAppeal('acc-1', 'other')).toBeUndefined();
  });

  it('travels in the data archive and comes back on a wiped device', async () => {
    await mirrorAppeals('acc-1', [appeal('a', 1), appeal('bb', 2)]);
    const tables = await packAccountTables('acc-1');
    await wipeAccountData('acc-1');
    expect(await listMirroredAppeals('acc-1')).toEqual([]);
    await restoreAccountTables('acc-1', JSON.parse(JSON.stringify(tables)));
    expect((await listMirroredAppeals('acc-1')).map((a) => a.id)).toEqual(['bb', 'a']);
  });
});

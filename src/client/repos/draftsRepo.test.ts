// Drafts over fake-indexeddb: deleting one takes its files and its waiting signed copy along, and only
// ever the account's own; the newest draft of a service is the one offered to continue.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '../database';
import { attach, listAttachments } from './attachmentsRepo';
import { wipeLocalData } from './deviceRepo';
import { createDraft, discardDraft, findDraftOf, findFixDraft, readDraft, saveDraft, writeDraftAhead } from './draftsRepo';
import { enqueue, listOutbox } from './outboxRepo';

const file = (draftId: string, slot: string) => ({
  id: crypto.randomUUID(),
  accountId: 'acc-1',
  draftId,
  slot,
  name: `${slot}.pdf`,
  type: 'application/pdf',
  size: 4,
  sha256: 'x',
  blob: new Blob(['%PDF']),
});

beforeEach(() => wipeLocalData());

describe('drafts', () => {
  it('a correction of a refused application is found again by that application, and only for its owner', async () => {
    const fixes = { caseId: 'case-7', number: '2026-ABCD-EFGH', reason: 'data_mismatch' };
    const fix = await createDraft('acc-1', 'residence-certificate', { surname: 'Иванова' }, 'f', { fixes });
    await createDraft('acc-1', 'residence-certificate', { surname: 'Петрова' }, 'f');
    expect((await findFixDraft('acc-1', 'case-7'))?.id).toBe(fix);
    expect((await readDraft(fix))?.fixes).toEqual(fixes);
    expect(await findFixDraft('acc-1', 'case-8')).toBeUndefined();
    expect(await findFixDraft('acc-2', 'case-7')).toBeUndefined();
  });

  it('a deleted draft takes its attached files and its waiting outbox entry with it, and nothing of another draft', async () => {
    const doomed = await createDraft('acc-1', 'residence-certificate', { a: '1' }, 'f');
    const kept = await createDraft('acc-1', 'residence-certificate', { a: '2' }, 'f');
    await attach(file(doomed, 'passport'));
    await attach(file(doomed, 'snils'));
    await attach(file(kept, 'passport'));
    await enqueue({ id: doomed, accountId: 'acc-1', method: 'POST', path: '/applications', body: {} });

    expect(await discardDraft('acc-1', doomed)).toBe(true);
    expect(await readDraft(doomed)).toBeUndefined();
    expect(await listAttachments(doomed)).toEqual([]);
    expect(await listOutbox('acc-1')).toEqual([]);
    expect(await readDraft(kept)).toBeDefined();
    expect((await listAttachments(kept)).map((row) => row.name)).toEqual(['passport.pdf']);
  });

  it('another account on a shared device cannot delete the draft', async () => {
    const mine = await createDraft('acc-1', 'residence-certificate', {}, 'f');
    await attach(file(mine, 'passport'));
    expect(await discardDraft('acc-2', mine)).toBe(false);
    expect(await readDraft(mine)).toBeDefined();
    expect(await getDb().attachments.count()).toBe(1);
  });

  it('finds the account’s most recently changed draft of the service, never another service’s or account’s', async () => {
    const older = await createDraft('acc-1', 'residence-certificate', {}, 'f');
    const newer = await createDraft('acc-1', 'residence-certificate', {}, 'f');
    await createDraft('acc-1', 'internal-passport', {}, 'f');
    await createDraft('acc-2', 'residence-certificate', {}, 'f');
    await getDb().drafts.update(newer, { updatedAt: 1 });
    await saveDraft('acc-1', older, { answers: { b: '1' }, step: 2 });
    expect((await findDraftOf('acc-1', 'residence-certificate'))?.id).toBe(older);
    expect(await findDraftOf('acc-3', 'residence-certificate')).toBeUndefined();
  });

  it('a write-ahead copy replaces the stored answers without waiting, and a closed database is left alone', async () => {
    const id = await createDraft('acc-1', 'residence-certificate', { a: '1' }, 'f');
    const row = (await readDraft(id))!;
    writeDraftAhead({ ...row, answers: { a: 'typed' }, step: 2, updatedAt: row.updatedAt + 1 });
    const stored = await readDraft(id); // Dexie's read queues behind the committed write
    expect(stored).toMatchObject({ accountId: 'acc-1', answers: { a: 'typed' }, step: 2, form: 'f' });
    getDb().close();
    expect(() => writeDraftAhead({ ...row, answers: { a: 'lost' } })).not.toThrow();
    await getDb().open();
    expect((await readDraft(id))?.answers).toEqual({ a: 'typed' });
  });
});

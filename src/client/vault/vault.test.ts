// Encryption at rest over fake-indexeddb, through the real repositories: turning it on re-writes the
// account's rows sealed (the raw rows hold nothing personal), reads open them, a lock closes everything,
// a wrong password opens nothing, and turning it off writes the rows back in clear.
import 'fake-indexeddb/auto';
import * as v from 'valibot';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '../database';
import { attach, listAttachments } from '../repos/attachmentsRepo';
import { wipeAccountData, wipeLocalData } from '../repos/deviceRepo';
import { createDraft, listDrafts, readDraft, saveDraft, writeDraftAhead } from '../repos/draftsRepo';
import { enqueue, listOutbox } from '../repos/outboxRepo';
import { readProfileCopy, writeProfileCopy } from '../repos/profileRepo';
import { addDocument, listDocuments, renameDocument } from '../repos/documentsRepo';
import { latestChat, mergeServerChat, saveChat } from '../repos/supportChatRepo';
import { applyFeedPage } from '../mirrors/applyFeedPage';
import { MIRRORS } from '../mirrors/registry';
import { sampleApplication } from '../mirrors/testCases';
import { listApplications, readApplication } from '../repos/applicationsRepo';
import { listNotices } from '../repos/noticesRepo';
import { listActions, logAction } from '../repos/auditRepo';
import { readDoctorForm, writeDoctorForm } from '../repos/doctorFormRepo';
import { appealDraftKey, readPersonalSetting, writePersonalSetting } from '../repos/personalSettings';
import { disableVault, enableVault, lockVault, unlockVault, vaultStatus, VaultLockedError } from './vault';

const ME = 'acc-1';
const PASSWORD = 'Пароль-2026!';
const SECRETS = ['Тригорьев', '4510 987654', 'секретный-файл', 'Скан паспорта'];

/** Every row of every table, as IndexedDB holds it, flattened to text (Blobs and sealed bytes read as UTF-8). */
async function rawText(): Promise<string> {
  const db = getDb();
  const parts: string[] = [];
  for (const table of db.tables) {
    for (const row of await table.toArray()) {
      parts.push(JSON.stringify(row));
      for (const value of Object.values(row as object)) {
        if (value instanceof Blob) parts.push(await value.text());
        if (value && typeof value === 'object' && 'sealed' in (row as object))
          parts.push(new TextDecoder().decode((row as { sealed: { data: ArrayBuffer } }).sealed.data));
      }
    }
  }
  return parts.join('\n');
}

async function fill(): Promise<string> {
  const draft = await createDraft(ME, 'internal-passport', { surname: 'Тригорьев' }, 'f');
  await saveDraft(ME, draft, { answers: { surname: 'Тригорьев', passport: '4510 987654' }, step: 1 });
  await attach({
    id: 'att-1',
    accountId: ME,
    draftId: draft,
    slot: 'passport',
    name: 'Скан паспорта.pdf',
    type: 'application/pdf',
    size: 20,
    sha256: 'x',
    blob: new Blob(['секретный-файл']),
  });
  await writeProfileCopy(ME, { values: { 'person.surname': 'Тригорьев' }, saved: {} }, 1);
  await enqueue({ id: draft, accountId: ME, method: 'POST', path: '/applications', body: { passport: '4510 987654' } });
  // Settings that hold what the person typed: the doctor form and the appeal being written.
  await writeDoctorForm(ME, { childSurname: 'Тригорьев' });
  await writePersonalSetting(ME, appealDraftKey(ME), { id: 'a-1', step: 1, values: { text: 'Тригорьев' } });
  return draft;
}

beforeEach(async () => {
  lockVault();
  await wipeLocalData();
});

describe('encryption at rest', () => {
  it('turning it on re-writes the existing rows sealed; the repositories still read them in clear', async () => {
    const draft = await fill();
    expect(await rawText()).toContain('Тригорьев'); // in clear before
    await enableVault(ME, PASSWORD);
    expect(vaultStatus(ME)).toBe('open');
    const raw = await rawText();
    for (const secret of SECRETS) expect(raw).not.toContain(secret);
    expect((await readDraft(draft))?.answers).toEqual({ surname: 'Тригорьев', passport: '4510 987654' });
    expect(await (await listAttachments(draft))[0]!.blob.text()).toBe('секретный-файл');
    expect((await readProfileCopy(ME))?.values['person.surname']).toBe('Тригорьев');
    expect((await listOutbox(ME))[0]!.body).toEqual({ passport: '4510 987654' });
    expect(await readDoctorForm(ME)).toEqual({ childSurname: 'Тригорьев' });
    expect(await readPersonalSetting(appealDraftKey(ME), v.unknown(), null)).toEqual({ id: 'a-1', step: 1, values: { text: 'Тригорьев' } });
    // The indexes still work: the draft is found by account, and its key fields stay in clear.
    expect(await getDb().drafts.get(draft)).toMatchObject({ id: draft, accountId: ME, serviceId: 'internal-passport', step: 1 });
  });

  it('new writes while open are sealed too: drafts, the write-ahead, documents, chats', async () => {
    await enableVault(ME, PASSWORD);
    const draft = await fill();
    writeDraftAhead({ ...(await readDraft(draft))!, answers: { surname: 'Тригорьев', passport: '4510 987654', extra: 'Тригорьев' } });
    // The journal's detail names the file: sealed too, also when written in the document's transaction.
    await addDocument(
      { id: 'doc-1', accountId: ME, title: 'Скан паспорта', type: 'application/pdf', size: 3, addedAt: 1, blob: new Blob(['секретный-файл']) },
      'Скан паспорта Тригорьева.pdf',
    );
    await logAction(ME, 'profile.save', 2, 'Тригорьев');
    await renameDocument('doc-1', 'Скан паспорта Тригорьева');
    const chat = { id: 'chat-1', status: 'bot' as const, locale: 'ru' as const, createdAt: 1, updatedAt: 1, messages: [] };
    await saveChat(ME, chat, false);
    await mergeServerChat(ME, { ...chat, updatedAt: 2 });
    await expect.poll(async () => (await readDraft(draft))?.answers.extra).toBe('Тригорьев');
    const raw = await rawText();
    for (const secret of SECRETS) expect(raw).not.toContain(secret);
    expect((await listDocuments(ME))[0]!.title).toBe('Скан паспорта Тригорьева');
    expect((await listActions(ME)).map((entry) => entry.detail)).toEqual(['Тригорьев', 'Скан паспорта Тригорьева.pdf']);
    expect((await latestChat(ME))?.data.updatedAt).toBe(2);
  });

  it('locked: nothing opens and nothing is written in clear; a wrong password keeps it locked, the right one opens', async () => {
    const draft = await fill();
    await enableVault(ME, PASSWORD);
    lockVault();
    expect(vaultStatus(ME)).toBe('locked');
    await expect(readDraft(draft)).rejects.toBeInstanceOf(VaultLockedError);
    await expect(listDrafts(ME)).rejects.toBeInstanceOf(VaultLockedError);
    await expect(saveDraft(ME, draft, { answers: { surname: 'Другой' }, step: 2 })).rejects.toBeInstanceOf(VaultLockedError);
    expect(await unlockVault(ME, 'не тот пароль')).toBe('wrong_password');
    expect(vaultStatus(ME)).toBe('locked');
    expect(await unlockVault(ME, PASSWORD)).toBe('open');
    expect((await readDraft(draft))?.answers.passport).toBe('4510 987654');
  });

  it('turning it off writes every row back in clear and forgets the key', async () => {
    const draft = await fill();
    await enableVault(ME, PASSWORD);
    await disableVault(ME);
    expect(vaultStatus(ME)).toBe('off');
    expect(await getDb().keys.get([ME, 'vault'])).toBeUndefined();
    expect((await getDb().drafts.get(draft))?.answers).toEqual({ surname: 'Тригорьев', passport: '4510 987654' });
    expect(await (await getDb().attachments.get('att-1'))!.blob.text()).toBe('секретный-файл');
    expect(await unlockVault(ME, PASSWORD)).toBe('off');
  });

  it('another account on the device is not touched, and the wipe takes the wrapped key', async () => {
    await createDraft('acc-2', 'internal-passport', { surname: 'Соседов' }, 'f');
    await fill();
    await enableVault(ME, PASSWORD);
    expect(await rawText()).toContain('Соседов');
    await wipeAccountData(ME);
    expect(vaultStatus(ME)).toBe('off');
    expect(await getDb().keys.count()).toBe(0);
  });

  it('mirrors from the change feed are sealed (the server view is personal), and still listed in order', async () => {
    await enableVault(ME, PASSWORD);
    const answers = { surname: 'Тригорьев', passportNumber: '4510 987654' };
    const changes = [
      { entity: 'case', id: 'c1', op: 'put' as const, row: sampleApplication({ id: 'c1', updatedAt: 1, answers }) },
      { entity: 'case', id: 'c2', op: 'put' as const, row: sampleApplication({ id: 'c2', updatedAt: 2, answers }) },
      { entity: 'notice', id: '7', op: 'put' as const, row: { id: 7, kind: 'registered', at: 5, params: { name: 'Тригорьев' }, read: false } },
    ];
    await applyFeedPage(
      getDb(),
      ME,
      MIRRORS,
      { epoch: 'e1', cursor: 3, more: false, asOf: 1, changes: changes.map((c, i) => ({ seq: i + 1, at: 1, ...c })) },
      false,
    );
    const raw = await rawText();
    for (const secret of SECRETS.slice(0, 2)) expect(raw).not.toContain(secret);
    expect((await listApplications(ME)).map((a) => a.id)).toEqual(['c2', 'c1']);
    expect((await readApplication(ME, 'c1'))?.answers).toEqual(answers);
    expect((await listNotices(ME))[0]).toMatchObject({ id: 7, params: { name: 'Тригорьев' } });
    expect(await getDb().applications.get('c1')).toMatchObject({ id: 'c1', accountId: ME, status: 'sent', number: 'N-c1' });
  });
});

// «Скачать мои данные», «Загрузить архив», «Удалить мои данные»: the account's data rights.
import { apiRequest } from '../../client/api';
import { syncAppeals } from '../../client/appealsSync';
import { auditSettled } from '../../client/auditTrail';
import { BadArchiveRows, packAccountTables, restoreAccountTables } from '../../client/repos/archiveRepo';
import { wipeAccountData } from '../../client/repos/deviceRepo';
import { ProfileEnvelopeSchema, type AccountView } from '../../domain/account';
import { EXPORT_FORMAT, EXPORT_VERSION, openArchive, sealArchive, type ArchiveProblem } from '../../domain/exportArchive';
import { pullChanges, readCursor, serverReachable } from '../../client/changeFeed';
import { readProfile, saveProfile } from '../../client/profileApi';

/**
 * Brings the device's mirrors (receipts, archived ones too) up to date through the change feed first, so
 * the archive carries them all; offline the export still goes ahead with what the device holds (no `asOf`).
 */
async function refreshReceipts(accountId: string): Promise<number | undefined> {
  await pullChanges();
  return serverReachable() ? (await readCursor(accountId))?.asOf : undefined;
}

export async function exportAccount(account: AccountView): Promise<Blob> {
  const { profile } = await readProfile();
  const receiptsAsOf = await refreshReceipts(account.id);
  // Appeals are kept five years and never dropped: the archive takes every one the server has; offline, the mirror's.
  await syncAppeals(account.id).catch(() => undefined);
  // Journal entries still being written (a document added a moment ago) belong in the archive too.
  await auditSettled();
  const archive = await sealArchive({
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: Date.now(),
    account: { id: account.id, phone: account.phone, email: account.email },
    profile,
    tables: await packAccountTables(account.id),
    // Last, as in the schema: the checksum is over the payload's JSON in the schema's key order.
    ...(receiptsAsOf === undefined ? {} : { receiptsAsOf }),
  });
  return new Blob([JSON.stringify(archive)], { type: 'application/json' });
}

export class ArchiveRefused extends Error {
  constructor(readonly problem: ArchiveProblem) {
    super(`Archive refused: ${problem}`);
  }
}

/**
 * Checks the whole file first (checksum, account, every row's schema); only a sound archive of this
 * account changes anything. The device is restored first, in one transaction, then the server profile.
 */
export async function importAccount(account: AccountView, file: File): Promise<{ rows: number; account: AccountView | null }> {
  const opened = await openArchive(await file.text(), account.id);
  if (!opened.ok) throw new ArchiveRefused(opened.problem);
  let rows: number;
  try {
    rows = await restoreAccountTables(account.id, opened.payload.tables);
  } catch (error) {
    if (error instanceof BadArchiveRows) throw new ArchiveRefused('not_archive');
    throw error;
  }
  const saved = opened.payload.profile ? await saveProfile(opened.payload.profile) : null;
  return { rows, account: saved?.account ?? null };
}

export async function eraseAccountData(account: AccountView): Promise<AccountView> {
  const envelope = await apiRequest('DELETE', '/me/profile', ProfileEnvelopeSchema);
  await wipeAccountData(account.id);
  return envelope.account;
}

// The device's copy of «Мои данные»: the values as typed (saved within 300 ms of each keystroke, so a
// reload or crash loses nothing) and the last version the server accepted.
import { getDb } from '../database';
import { openRow, sealRow } from '../vault/rowSeal';

export interface ProfileCopy {
  /** Form values by field path, exactly as typed. */
  values: Record<string, string | boolean>;
  /** The values as last saved on the server, to tell what is unsaved. */
  saved: Record<string, string | boolean>;
}

export async function readProfileCopy(accountId: string): Promise<ProfileCopy | null> {
  const stored = await getDb().profile.get(accountId);
  const row = stored && (await openRow(stored));
  return row ? (row.data as unknown as ProfileCopy) : null;
}

/** Resolves when the transaction is complete, so «Сохранено» is never said early. */
export async function writeProfileCopy(accountId: string, copy: ProfileCopy, at: number): Promise<void> {
  const row = await sealRow('profile', { id: accountId, updatedAt: at, data: { ...copy } });
  await getDb().profile.put(row);
}

// Settings that hold what one person typed (the appeal being written, the doctor form's patient): stored
// under a key that names the account, and sealed like the person's other rows when the account encrypts
// its data on this device (issue 17). Other settings (the feed's cursor, the language) stay in clear.
import * as v from 'valibot';
import { getDb } from '../database';
import type { SettingRow } from '../rows';
import { seal } from '../vault/sealing';
import { openRow } from '../vault/rowSeal';
import { sealingKey } from '../vault/vaultKey';

export const appealDraftKey = (accountId: string) => `appeal-draft:${accountId}`;
export const doctorFormKey = (accountId: string) => `doctor.patient.${accountId}`;

/** Every personal setting key of an account: the encryption switch re-writes these. */
export const personalSettingKeys = (accountId: string) => [appealDraftKey(accountId), doctorFormKey(accountId)];

/** The row as stored: `{ key, sealed }` while the owner encrypts, `{ key, value }` otherwise. */
export async function personalSettingRow(owner: string, key: string, value: unknown, sealWith = sealingKey(owner)): Promise<SettingRow> {
  return sealWith ? ({ key, sealed: await seal(sealWith, { value }) } as unknown as SettingRow) : { key, value };
}

export async function readPersonalSetting<S extends v.GenericSchema>(key: string, schema: S, fallback: v.InferOutput<S>) {
  const row = await getDb().settings.get(key);
  const parsed = v.safeParse(schema, row ? (await openRow(row)).value : undefined);
  return parsed.success ? parsed.output : fallback;
}

/** Sealed before the write (never inside a transaction). */
export async function writePersonalSetting(owner: string, key: string, value: unknown): Promise<void> {
  await getDb().settings.put(await personalSettingRow(owner, key, value));
}

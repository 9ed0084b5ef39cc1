// Encryption at rest, per account: turning it on and off, opening it with the password at sign-in or on the
// lock screen. The wrapped data key lives in the `keys` table (kind 'vault'), owned by the account and
// erased with it by the wipe; the clear key lives only in memory (vaultKey.ts).
import { getDb } from '../database';
import { createDataKey, unwrapDataKey, type WrappedKey } from './keyWrap';
import { resealAccount } from './reseal';
import { holdKey, lockVault, markEnabled, vaultStatus } from './vaultKey';

export { lockVault, vaultStatus, VaultLockedError } from './vaultKey';

async function readWrapped(accountId: string): Promise<WrappedKey | undefined> {
  return (await getDb().keys.get([accountId, 'vault']))?.value as WrappedKey | undefined;
}

/** Brings the remembered on/off in line with the stored key (e.g. after site data was partly cleared). */
export async function checkVault(accountId: string): Promise<void> {
  markEnabled(accountId, (await readWrapped(accountId)) !== undefined);
}

export type UnlockResult = 'open' | 'wrong_password' | 'off';

/** Opens the account's data with the password; 'off' when the account does not encrypt. */
export async function unlockVault(accountId: string, password: string): Promise<UnlockResult> {
  const stored = await readWrapped(accountId);
  markEnabled(accountId, stored !== undefined);
  if (!stored) return 'off';
  const key = await unwrapDataKey(password, stored);
  if (!key) return 'wrong_password';
  holdKey(accountId, key);
  return 'open';
}

/** Turns encryption on: a new data key, wrapped by the password; the account's rows are re-written sealed. */
export async function enableVault(accountId: string, password: string): Promise<void> {
  if (vaultStatus(accountId) !== 'off') return;
  const { key, stored } = await createDataKey(password);
  await getDb().keys.put({ accountId, kind: 'vault', value: stored });
  holdKey(accountId, key);
  markEnabled(accountId, true);
  await resealAccount(accountId, key);
}

/** Turns encryption off (the data must be open): the rows are re-written in clear, the key is erased. */
export async function disableVault(accountId: string): Promise<void> {
  if (vaultStatus(accountId) !== 'open') return;
  // From here on writes go in clear; the key stays held until every sealed row is opened.
  markEnabled(accountId, false);
  await resealAccount(accountId, null);
  await getDb().keys.delete([accountId, 'vault']);
  lockVault();
}

/**
 * At sign-in, when the password is at hand: opens the account's data, or (kiosk mode, where encryption is
 * on by default) turns it on. A wrong result (the password was reset since) leaves it for the lock screen.
 */
export async function vaultAtSignIn(accountId: string, password: string, encryptByDefault: boolean): Promise<UnlockResult> {
  const result = await unlockVault(accountId, password);
  if (result === 'off' && encryptByDefault) {
    await enableVault(accountId, password);
    return 'open';
  }
  return result;
}

/** The account's rows are gone from the device (the wipe): forget that it encrypted, and its key. */
export function forgetVault(accountId: string): void {
  markEnabled(accountId, false);
  lockVault();
}

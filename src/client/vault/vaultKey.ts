// Who has the device's data open: the one data key held in memory (a non-extractable CryptoKey), only
// for the signed-in account, dropped on sign-out, lock, kiosk time-out and wipe. A reload drops it too:
// the page then asks for the password (src/ui/LockScreen.tsx). Which accounts encrypt is remembered in
// localStorage (ids only), so the lock is known at first paint, before the database answers.
import { createSignal } from 'solid-js';
import type * as AheadKey from './aheadKey';

const HINT_KEY = 'okno.vault.accounts';

export class VaultLockedError extends Error {
  constructor() {
    super('The data on this device is encrypted and locked: unlock it with the password first');
    this.name = 'VaultLockedError';
  }
}

function readHints(): ReadonlySet<string> {
  try {
    const ids = JSON.parse(localStorage.getItem(HINT_KEY) ?? '[]') as unknown;
    return new Set(Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : []);
  } catch {
    return new Set();
  }
}

const [enabled, setEnabled] = createSignal<ReadonlySet<string>>(typeof localStorage === 'undefined' ? new Set() : readHints());
const [openId, setOpenId] = createSignal<string | null>(null);
let openKey: CryptoKey | null = null;
/** The write-ahead cipher (aheadKey.ts), loaded when a vault first opens: an account stored in clear never loads it. */
let ahead: typeof AheadKey | null = null;

/** The write-ahead cipher once a vault has opened on this page, else null (then sealing waits for WebCrypto). */
export const aheadCipher = (): typeof AheadKey | null => ahead;

export type VaultStatus = 'off' | 'locked' | 'open';

/** Reactive: 'off' (stored in clear), 'locked' (encrypted, no key in memory) or 'open'. */
export function vaultStatus(accountId: string): VaultStatus {
  if (!enabled().has(accountId)) return 'off';
  return openId() === accountId ? 'open' : 'locked';
}

/** Records whether the account encrypts its data (the wrapped key in `keys` is the truth; this follows it). */
export function markEnabled(accountId: string, on: boolean): void {
  const next = new Set(enabled());
  if (on) next.add(accountId);
  else next.delete(accountId);
  if (typeof localStorage !== 'undefined') {
    if (next.size) localStorage.setItem(HINT_KEY, JSON.stringify([...next]));
    else localStorage.removeItem(HINT_KEY);
  }
  setEnabled(next);
}

export function holdKey(accountId: string, key: CryptoKey): void {
  openKey = key;
  setOpenId(accountId);
  // Loaded here, not with the first page: the vault's state is read at first paint, the cipher only once it opens.
  void import('./aheadKey').then((module) => {
    ahead = module;
    return module.makeAheadKey(accountId, key, () => openKey === key && openId() === accountId);
  });
}

/** The whole device was wiped: no account encrypts anything any more. */
export function forgetAllVaults(): void {
  for (const id of enabled()) markEnabled(id, false);
  lockVault();
}

/** Forgets the key: what is sealed stays sealed until the password is given again. */
export function lockVault(): void {
  ahead?.dropAheadKey(); // not loaded yet: no key was made, and makeAheadKey sees the lock
  openKey = null;
  setOpenId(null);
}

/**
 * The key to seal a row of `owner` with: null when the owner stores in clear; throws VaultLockedError when
 * the owner encrypts but the key is not in memory (nothing personal may be written in clear then).
 */
export function sealingKey(owner: string): CryptoKey | null {
  if (!enabled().has(owner)) return null;
  if (openId() !== owner || !openKey) throw new VaultLockedError();
  return openKey;
}

/** The key to open sealed rows with; throws VaultLockedError when none is held. */
export function openingKey(): CryptoKey {
  if (!openKey) throw new VaultLockedError();
  return openKey;
}

// Sealing in the keystroke's own task. WebCrypto only encrypts asynchronously, so with the data key a
// draft's write-ahead copy could go down a task after the keystroke at the earliest, and a browser killed
// right after typing lost it (kill cycles with encryption on: 4 of 40 kept). While the vault is open, a
// random write-ahead key is held as bytes and AES-GCM runs in JavaScript (@noble/ciphers, audited, no
// WebAssembly): the copy is sealed and put at once. The data key itself stays a non-extractable CryptoKey:
// each such row carries the write-ahead key sealed by it (`ahead`), so only the password opens it too.
import { gcm } from '@noble/ciphers/aes.js';
import { packNow, type Sealed } from './sealing';

let held: { owner: string; raw: Uint8Array<ArrayBuffer>; ahead: NonNullable<Sealed['ahead']> } | null = null;

/** Makes the write-ahead key for the owner whose vault was just opened with `key`, unless it is locked meanwhile. */
export async function makeAheadKey(owner: string, key: CryptoKey, stillOpen: () => boolean): Promise<void> {
  const raw = crypto.getRandomValues(new Uint8Array(32));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const wrapped = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, raw);
  dropAheadKey();
  if (!stillOpen()) return void raw.fill(0);
  held = { owner, raw, ahead: { iv, wrapped } };
}

/** Forgets the write-ahead key (the vault was locked): its bytes are overwritten. */
export function dropAheadKey(): void {
  held?.raw.fill(0);
  held = null;
}

/** The fields sealed at once for `owner`, or null (no write-ahead key yet, or a Blob among the fields). */
export function sealNow(owner: string, fields: Record<string, unknown>): Sealed | null {
  const packed = held?.owner === owner ? packNow(fields) : null;
  if (!held || !packed) return null;
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = gcm(held.raw, iv).encrypt(packed);
  return { iv, data: sealed.slice().buffer, ahead: held.ahead };
}

// The account's data key, wrapped by a key derived from the password. KDF: PBKDF2-SHA256 with 600,000
// iterations through WebCrypto (native, asynchronous, no WebAssembly — the page's CSP stays without
// 'wasm-unsafe-eval'). Measured against Argon2id (hash-wasm, 19 MiB, t=2): both ~110–175 ms here; see
// test/bench/budgets.json. The data key is random; only its wrapped form is ever stored.

export const KDF_ITERATIONS = 600_000;

/** What the device keeps (in the `keys` table, kind 'vault'): nothing here opens anything without the password. */
export interface WrappedKey {
  kdf: 'PBKDF2-SHA256';
  iterations: number;
  salt: Uint8Array<ArrayBuffer>;
  iv: Uint8Array<ArrayBuffer>;
  wrapped: ArrayBuffer;
}

const AES = { name: 'AES-GCM', length: 256 } as const;

async function wrappingKey(password: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, AES, false, ['wrapKey', 'unwrapKey']);
}

/** Makes a new random data key and wraps it; the key returned is the unwrapped, non-extractable copy. */
export async function createDataKey(password: string, iterations = KDF_ITERATIONS): Promise<{ key: CryptoKey; stored: WrappedKey }> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const kek = await wrappingKey(password, salt, iterations);
  // Extractable only for the moment it takes to wrap it; this copy is dropped right after.
  const fresh = await crypto.subtle.generateKey(AES, true, ['encrypt', 'decrypt']);
  const wrapped = await crypto.subtle.wrapKey('raw', fresh, kek, { name: 'AES-GCM', iv });
  const stored: WrappedKey = { kdf: 'PBKDF2-SHA256', iterations, salt, iv, wrapped };
  return { key: await unwrapWith(kek, stored), stored };
}

function unwrapWith(kek: CryptoKey, stored: WrappedKey): Promise<CryptoKey> {
  return crypto.subtle.unwrapKey('raw', stored.wrapped, kek, { name: 'AES-GCM', iv: stored.iv }, AES, false, ['encrypt', 'decrypt']);
}

/** The data key (non-extractable), or null when the password is not the one it was wrapped with. */
export async function unwrapDataKey(password: string, stored: WrappedKey): Promise<CryptoKey | null> {
  const kek = await wrappingKey(password, stored.salt, stored.iterations);
  try {
    return await unwrapWith(kek, stored);
  } catch {
    return null; // AES-GCM's tag does not match: a wrong password (nothing else can make it fail here)
  }
}

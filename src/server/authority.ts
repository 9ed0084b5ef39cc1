// The simulated issuing authority's ECDSA P-256 key pair. Made on first use and kept as JWKs in the
// settings table, because the service worker may stop at any time; a reset wipes it with everything else.
// The private key never leaves this module: callers get signatures and the public key only.
import * as v from 'valibot';
import { bytesToBase64url, keyIdOf } from '../domain/certificate';
import type { ServerDb } from './db';

export const AUTHORITY_KEY_SETTING = 'authority-key';
const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGNING = { name: 'ECDSA', hash: 'SHA-256' } as const;

const JwkSchema = v.looseObject({ kty: v.literal('EC'), crv: v.literal('P-256'), x: v.string(), y: v.string() });
const StoredKeySchema = v.object({
  keyId: v.string(),
  publicJwk: JwkSchema,
  privateJwk: v.looseObject({ ...JwkSchema.entries, d: v.string() }),
  createdAt: v.number(),
});
type StoredKey = v.InferOutput<typeof StoredKeySchema>;

async function createKey(): Promise<StoredKey> {
  const pair = (await crypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify'])) as CryptoKeyPair;
  const publicJwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
  const privateJwk = await crypto.subtle.exportKey('jwk', pair.privateKey);
  return v.parse(StoredKeySchema, { keyId: await keyIdOf(publicJwk), publicJwk, privateJwk, createdAt: Date.now() });
}

/**
 * The stored key, made if missing. WebCrypto cannot run inside an IndexedDB transaction, so a fresh key
 * is generated first and written only if no other request stored one meanwhile: two first calls at once
 * still end up with the same key.
 */
async function storedKey(db: ServerDb): Promise<StoredKey> {
  const read = async () => {
    const parsed = v.safeParse(StoredKeySchema, (await db.settings.get(AUTHORITY_KEY_SETTING))?.value);
    return parsed.success ? parsed.output : null;
  };
  const existing = await read();
  if (existing) return existing;
  const fresh = await createKey();
  return db.transaction('rw', db.settings, async () => {
    const winner = await read();
    if (winner) return winner;
    await db.settings.put({ key: AUTHORITY_KEY_SETTING, value: fresh });
    return fresh;
  });
}

/** The public key to check signatures with, as a JWK (for anyone) and as a CryptoKey (for this code). */
export async function authorityPublicKey(db: ServerDb): Promise<{ keyId: string; jwk: JsonWebKey; key: CryptoKey }> {
  const { keyId, publicJwk } = await storedKey(db);
  const key = await crypto.subtle.importKey('jwk', publicJwk, ALGORITHM, true, ['verify']);
  return { keyId, jwk: publicJwk, key };
}

/** ECDSA P-256 / SHA-256 signature of raw bytes (a sealed PDF's covered bytes): the 64-byte r||s. */
export async function signBytes(db: ServerDb, bytes: Uint8Array): Promise<{ signature: Uint8Array; keyId: string }> {
  const { keyId, privateJwk } = await storedKey(db);
  const key = await crypto.subtle.importKey('jwk', privateJwk, ALGORITHM, false, ['sign']);
  return { signature: new Uint8Array(await crypto.subtle.sign(SIGNING, key, bytes as Uint8Array<ArrayBuffer>)), keyId };
}

/** ECDSA P-256 / SHA-256 signature of the UTF-8 text, base64url of the 64-byte r||s. */
export async function signText(db: ServerDb, text: string): Promise<{ signature: string; keyId: string }> {
  const { keyId, privateJwk } = await storedKey(db);
  const key = await crypto.subtle.importKey('jwk', privateJwk, ALGORITHM, false, ['sign']);
  const signature = await crypto.subtle.sign(SIGNING, key, new TextEncoder().encode(text));
  return { signature: bytesToBase64url(new Uint8Array(signature)), keyId };
}

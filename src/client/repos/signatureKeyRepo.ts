// The simulated electronic-signature token: an ECDSA P-256 key pair made on this device, its private
// half non-extractable, kept in «okno» (IndexedDB stores CryptoKey objects as they are).
import { getDb } from '../database';

const KEY = 'signature.key';

export async function signatureKeyPair(): Promise<CryptoKeyPair> {
  const db = getDb();
  const row = await db.settings.get(KEY);
  const stored = row?.value as CryptoKeyPair | undefined;
  if (stored?.privateKey && stored.publicKey) return stored;
  const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
  await db.settings.put({ key: KEY, value: pair });
  return pair;
}

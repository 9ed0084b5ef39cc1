// Secrets one account keeps on this device: the simulated handset (its phone and mailbox) and the
// signature key pair. Each row is owned by its account and erased with it by the wipe.
import { getDb } from '../database';

export async function saveHandset(accountId: string, secret: string): Promise<void> {
  await getDb().keys.put({ accountId, kind: 'handset', value: secret });
}

/** Every handset held on this device: sent with a flow inbox read, the server finds the one that fits. */
export async function heldHandsets(): Promise<string[]> {
  const rows = await getDb()
    .keys.filter((row) => row.kind === 'handset')
    .toArray();
  return rows.map((row) => String(row.value));
}

/** This account's signature key pair, made on first use; the private half never leaves the browser. */
export async function signatureKeyPair(accountId: string): Promise<CryptoKeyPair> {
  const db = getDb();
  const stored = (await db.keys.get([accountId, 'signature']))?.value as CryptoKeyPair | undefined;
  if (stored?.privateKey && stored.publicKey) return stored;
  const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
  await db.keys.put({ accountId, kind: 'signature', value: pair });
  return pair;
}

import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keyIdOf, verifySignature } from '../domain/certificate';
import { AUTHORITY_KEY_SETTING, authorityPublicKey, signText } from './authority';
import { ServerDb } from './db';

let db: ServerDb;
beforeEach(() => {
  db = new ServerDb(`authority-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

describe('authority key', () => {
  it('is made once, stored as JWKs and signs text its public key verifies', async () => {
    const [a, b] = await Promise.all([signText(db, 'Справка'), signText(db, 'Справка')]);
    expect(a.keyId).toBe(b.keyId);
    const { key, jwk, keyId } = await authorityPublicKey(db);
    expect(keyId).toBe(a.keyId);
    expect(keyId).toBe(await keyIdOf(jwk));
    expect(keyId).toHaveLength(16);
    expect(jwk).not.toHaveProperty('d');
    expect(await verifySignature(key, 'Справка', a.signature)).toBe(true);
    expect(await verifySignature(key, 'Справкa', a.signature)).toBe(false);
    expect(await db.settings.get(AUTHORITY_KEY_SETTING)).toBeDefined();
  });

  it('survives a restart: a new database handle finds the same key', async () => {
    const first = await authorityPublicKey(db);
    db.close();
    const reopened = new ServerDb(db.name);
    expect((await authorityPublicKey(reopened)).keyId).toBe(first.keyId);
    reopened.close();
    await db.open();
  });
});

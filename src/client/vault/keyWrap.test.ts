// The data key wrapped by the password: the right password gives a working, non-extractable key; a wrong
// one gives nothing; the stored form says how it was derived.
import { describe, expect, it } from 'vitest';
import { createDataKey, KDF_ITERATIONS, unwrapDataKey } from './keyWrap';
import { seal, unseal } from './sealing';

describe('wrap / unwrap', () => {
  it('the right password opens what the new key sealed; the key never leaves as bytes', async () => {
    const { key, stored } = await createDataKey('Пароль-2026!', 1_000);
    const sealed = await seal(key, { surname: 'Тригорьев' });
    const again = await unwrapDataKey('Пароль-2026!', stored);
    expect(again).not.toBeNull();
    expect(await unseal(again!, sealed)).toEqual({ surname: 'Тригорьев' });
    expect(again!.extractable).toBe(false);
    expect(key.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', again!)).rejects.toThrow();
  });

  it('a wrong password opens nothing', async () => {
    const { stored } = await createDataKey('Пароль-2026!', 1_000);
    expect(await unwrapDataKey('пароль-2026!', stored)).toBeNull();
    expect(await unwrapDataKey('', stored)).toBeNull();
  });

  it('by default derives with PBKDF2-SHA256 at 600,000 iterations and a random salt', async () => {
    const a = await createDataKey('x');
    const b = await createDataKey('x', 1_000);
    expect(a.stored).toMatchObject({ kdf: 'PBKDF2-SHA256', iterations: KDF_ITERATIONS });
    expect(KDF_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(a.stored.salt.join()).not.toBe(b.stored.salt.join());
  });
});

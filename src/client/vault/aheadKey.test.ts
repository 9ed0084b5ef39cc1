// Sealing in the keystroke's task: done at once (no await), opened by the data key like any sealed row,
// refused by another key; nothing before the write-ahead key exists or after the vault is locked.
import { afterEach, describe, expect, it } from 'vitest';
import { dropAheadKey, makeAheadKey, sealNow } from './aheadKey';
import { seal, unseal } from './sealing';

const newKey = () => crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
const answers = { answers: { patronymic: 'Тестаааовна', passport: '4510 987654' } };
const open = () => true;

afterEach(dropAheadKey);

describe('sealNow', () => {
  it('seals at once, and the data key opens it as it opens any sealed row', async () => {
    const key = await newKey();
    await makeAheadKey('anna', key, open);
    const sealed = sealNow('anna', answers);
    expect(sealed).not.toBeNull();
    expect(new TextDecoder().decode(sealed!.data)).not.toContain('Тестаааовна');
    expect(await unseal(key, sealed!)).toEqual(answers);
    // Rows sealed the usual way still open alongside.
    expect(await unseal(key, await seal(key, answers))).toEqual(answers);
  });

  it('is refused by another data key, and a changed byte is refused', async () => {
    const key = await newKey();
    await makeAheadKey('anna', key, open);
    const sealed = sealNow('anna', answers)!;
    await expect(unseal(await newKey(), sealed)).rejects.toThrow();
    const changed = new Uint8Array(sealed.data.slice(0));
    changed[0]! ^= 1;
    await expect(unseal(key, { ...sealed, data: changed.buffer })).rejects.toThrow();
  });

  it('seals nothing without its key: before it is made, for another owner, after the lock, with a file, or locked while made', async () => {
    const key = await newKey();
    expect(sealNow('anna', answers)).toBeNull();
    await makeAheadKey('anna', key, open);
    expect(sealNow('boris', answers)).toBeNull();
    expect(sealNow('anna', { blob: new Blob(['x']) })).toBeNull();
    dropAheadKey();
    expect(sealNow('anna', answers)).toBeNull();
    await makeAheadKey('anna', key, () => false);
    expect(sealNow('anna', answers)).toBeNull();
  });
});

// Sealing personal fields: a round trip gives back every field and the file; a wrong key or a changed
// byte is refused; the stored bytes hold nothing readable.
import { describe, expect, it } from 'vitest';
import { isSealed, seal, unseal } from './sealing';

const newKey = () => crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
const fields = {
  name: 'Скан паспорта Тригорьева.pdf',
  answers: { surname: 'Тригорьев', passport: '4510 987654' },
  size: 5,
  blob: new Blob(['%PDF-secret'], { type: 'application/pdf' }),
};

describe('seal / unseal', () => {
  it('gives back every field and the file exactly', async () => {
    const key = await newKey();
    const opened = await unseal(key, await seal(key, fields));
    expect(opened.name).toBe(fields.name);
    expect(opened.answers).toEqual(fields.answers);
    expect(opened.size).toBe(5);
    const blob = opened.blob as Blob;
    expect(blob.type).toBe('application/pdf');
    expect(await blob.text()).toBe('%PDF-secret');
  });

  it('stores no personal value readable, and a new iv every time', async () => {
    const key = await newKey();
    const a = await seal(key, fields);
    const b = await seal(key, fields);
    const bytes = new TextDecoder('utf-8', { fatal: false }).decode(a.data);
    for (const secret of ['Тригорьев', '4510 987654', '%PDF-secret', 'surname']) expect(bytes).not.toContain(secret);
    expect(a.iv.join()).not.toBe(b.iv.join());
    expect(isSealed({ sealed: a })).toBe(true);
    expect(isSealed({ answers: {} })).toBe(false);
  });

  it('refuses another key and a changed byte', async () => {
    const key = await newKey();
    const sealed = await seal(key, fields);
    await expect(unseal(await newKey(), sealed)).rejects.toThrow();
    const changed = new Uint8Array(sealed.data.slice(0));
    changed[0] = changed[0]! ^ 1;
    await expect(unseal(key, { iv: sealed.iv, data: changed.buffer })).rejects.toThrow();
  });
});

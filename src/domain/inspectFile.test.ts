// The hostile-file corpus (test/fixtures/files/hostile, written by its make.mjs): each file must be refused
// with its own code, and the check must not need to decode what its header already condemns.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_FILE_RULE } from './fileCheck';
import { inspectFile } from './inspectFile';

const dir = new URL('../../test/fixtures/files/', import.meta.url);
const bytes = (path: string) => new Uint8Array(readFileSync(new URL(path, dir)));
const expected = JSON.parse(readFileSync(new URL('hostile/expected.json', dir), 'utf8')) as Record<string, string>;
/** Node has no image decoder: this one decodes only the app's own sample images, as a browser would. */
const sampleImages = [bytes('sample.png'), bytes('sample.jpg')];
const decode = vi.fn(async (image: Uint8Array) => sampleImages.some((s) => s.length === image.length && s.every((b, i) => b === image[i])));
const inspect = (name: string, data: Uint8Array) => inspectFile({ name, size: data.length }, data, DEFAULT_FILE_RULE, decode);

describe('inspectFile on the hostile corpus', () => {
  it('has the 13 files the corpus promises', () => {
    expect(Object.keys(expected)).toHaveLength(13);
  });

  it.each(Object.entries(expected))('refuses %s as %s', async (name, code) => {
    expect(await inspect(name, bytes(`hostile/${name}`))).toMatchObject({ ok: false, code });
  });

  it('names what a polyglot also is and what a double extension really is', async () => {
    expect(await inspect('photo.jpg', bytes('hostile/jpeg-pdf-polyglot.jpg'))).toEqual({ ok: false, code: 'polyglot', kind: 'jpeg', other: 'pdf' });
    expect(await inspect('scan.png', bytes('hostile/png-zip-polyglot.png'))).toEqual({ ok: false, code: 'polyglot', kind: 'png', other: 'zip' });
    expect(await inspect('invoice.pdf.exe', bytes('hostile/invoice.pdf.exe'))).toEqual({
      ok: false,
      code: 'double_extension',
      shown: 'pdf',
      real: 'exe',
    });
  });

  it('reads the claimed size from the header and never decodes an oversized image', async () => {
    decode.mockClear();
    expect(await inspect('huge.png', bytes('hostile/huge-sides.png'))).toEqual({
      ok: false,
      code: 'image_too_large',
      kind: 'png',
      width: 30000,
      height: 30000,
    });
    expect(await inspect('huge.jpg', bytes('hostile/huge-sides.jpg'))).toEqual({
      ok: false,
      code: 'image_too_large',
      kind: 'jpeg',
      width: 65500,
      height: 65500,
    });
    expect(await inspect('wide.png', bytes('hostile/too-many-pixels.png'))).toMatchObject({ code: 'image_too_large', width: 10000, height: 6000 });
    expect(decode).not.toHaveBeenCalled();
  });

  it('accepts the real samples, decoding the images', async () => {
    decode.mockClear();
    for (const name of ['sample.png', 'sample.jpg', 'sample.pdf']) expect(await inspect(name, bytes(name))).toMatchObject({ ok: true });
    expect(decode).toHaveBeenCalledTimes(2);
  });

  it('takes a decoder that throws as «cannot be decoded»', async () => {
    const data = bytes('sample.png');
    const throwing = async () => Promise.reject(new Error('InvalidStateError'));
    expect(await inspectFile({ name: 'a.png', size: data.length }, data, DEFAULT_FILE_RULE, throwing)).toMatchObject({ code: 'image_unreadable' });
  });
});

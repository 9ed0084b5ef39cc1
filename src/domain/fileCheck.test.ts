import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkFile, DEFAULT_FILE_RULE, detectKind, MAGIC_HEAD_BYTES, MAX_FILE_BYTES } from './fileCheck';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../test/fixtures/files/${name}`, import.meta.url)));
function check(name: string, bytes: Uint8Array, size = bytes.length, rule = DEFAULT_FILE_RULE) {
  return checkFile({ name, size }, bytes.subarray(0, MAGIC_HEAD_BYTES), rule);
}

describe('magic bytes', () => {
  it('recognises real PDF, JPEG and PNG files', () => {
    expect(check('passport.pdf', fixture('sample.pdf'))).toMatchObject({ ok: true, kind: 'pdf', mime: 'application/pdf' });
    expect(check('photo.jpg', fixture('sample.jpg'))).toMatchObject({ ok: true, kind: 'jpeg' });
    expect(check('scan.png', fixture('sample.png'))).toMatchObject({ ok: true, kind: 'png' });
  });

  it('refuses an executable renamed to .pdf as an unknown type', () => {
    expect(check('passport.pdf', fixture('spoofed-exe.pdf'))).toEqual({ ok: false, code: 'unknown_type' });
  });

  it('refuses a PNG whose name claims PDF', () => {
    expect(check('passport.pdf', fixture('sample.png'))).toEqual({
      ok: false,
      code: 'extension_mismatch',
      kind: 'png',
      claimed: 'pdf',
    });
  });

  it('refuses a plain text file named .jpg', () => {
    expect(check('photo.jpg', fixture('spoofed-text.jpg'))).toEqual({ ok: false, code: 'unknown_type' });
  });

  it('refuses a Word file where only images and PDF are allowed', () => {
    expect(check('form.doc', fixture('sample.doc'))).toEqual({ ok: false, code: 'not_allowed', kind: 'doc' });
    expect(check('form.doc', fixture('sample.doc'), undefined, { accept: ['doc', 'pdf'], maxBytes: MAX_FILE_BYTES })).toMatchObject({
      ok: true,
      kind: 'doc',
    });
  });

  it('refuses an empty file and one over the size limit', () => {
    expect(check('empty.pdf', new Uint8Array())).toEqual({ ok: false, code: 'empty' });
    expect(check('big.pdf', fixture('sample.pdf'), MAX_FILE_BYTES + 1)).toEqual({
      ok: false,
      code: 'too_large',
      maxBytes: MAX_FILE_BYTES,
    });
  });

  it('accepts a file with no extension when its bytes are allowed', () => {
    expect(check('scan', fixture('sample.png'))).toMatchObject({ ok: true, kind: 'png' });
  });

  it('never throws, whatever the bytes and name', () => {
    fc.assert(
      fc.property(fc.string(), fc.uint8Array({ maxLength: 32 }), fc.nat(), (name, bytes, size) => {
        const verdict = check(name, bytes, size);
        expect(typeof verdict.ok).toBe('boolean');
        expect(detectKind(bytes) === null || bytes.length >= 3).toBe(true);
      }),
    );
  });
});

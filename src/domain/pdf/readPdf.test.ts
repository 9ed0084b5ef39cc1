// The PDF structure reader on real files made by Ghostscript, qpdf and pdf-lib
// (test/fixtures/pdf/make.mjs) and on hand-written hostile ones.
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readPdf } from './readPdf';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../../test/fixtures/pdf/${name}`, import.meta.url)));
const appFixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../../test/fixtures/files/${name}`, import.meta.url)));
const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  parts.reduce((at, p) => (out.set(p, at), at + p.length), 0);
  return out;
};

/** A one-page PDF with `extra` put into the catalog, written by hand (no xref: readers must scan). */
const handMade = (extra = '') =>
  latin1(
    `%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R ${extra} >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n` +
      `3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] >>\nendobj\ntrailer\n<< /Root 1 0 R /Size 4 >>\n%%EOF\n`,
  );

describe('readPdf on real files', () => {
  it.each([
    ['printed.pdf', 3], // Ghostscript: classic xref table
    ['linearized.pdf', 3], // qpdf --linearize: first-page trailer at the start, hint stream
    ['object-streams.pdf', 3], // qpdf: catalog and pages inside a compressed object stream, xref stream
    ['pdf-lib.pdf', 2], // pdf-lib: object streams
    ['incremental.pdf', 4], // an update appended after %%EOF redefines the page tree
  ])('%s: %i pages, not encrypted, nothing active', async (name, pages) => {
    expect(await readPdf(fixture(name))).toEqual({ encrypted: false, pages, active: [] });
  });

  it.each(['encrypted-aes256.pdf', 'encrypted-owner-only.pdf'])('%s (qpdf --encrypt) is encrypted', async (name) => {
    expect((await readPdf(fixture(name)))?.encrypted).toBe(true);
  });

  it.each([
    ['open-action-js.pdf', 'javascript'], // the script is inside a compressed object stream
    ['open-action-js-plain.pdf', 'javascript'],
    ['launch.pdf', 'launch'],
    ['attachment.pdf', 'embedded_file'],
  ])('%s carries %s', async (name, kind) => {
    const facts = await readPdf(fixture(name));
    expect(facts?.active).toContain(kind);
    expect(facts?.pages).toBe(2);
  });

  it('reads the app fixtures as the old pdf-lib check did', async () => {
    expect((await readPdf(appFixture('sample.pdf')))?.pages).toBeGreaterThan(0);
    expect((await readPdf(appFixture('encrypted.pdf')))?.encrypted).toBe(true);
    expect((await readPdf(appFixture('no-pages.pdf')))?.pages ?? 0).toBe(0);
  });
});

describe('readPdf on hostile or broken bytes', () => {
  it('finds a script whose name is spelt with #xx escapes', async () => {
    const facts = await readPdf(handMade('/OpenAction << /S /J#61vaScript /J#53 (app.alert(1)) >>'));
    expect(facts).toEqual({ encrypted: false, pages: 1, active: ['javascript'] });
  });

  it('is not fooled by a keyword inside a string', async () => {
    expect(await readPdf(handMade('/Title (endobj /JavaScript stream)'))).toMatchObject({ pages: 1 });
  });

  it('refuses an object stream that inflates past the ceiling (a zip bomb)', async () => {
    const bomb = deflateSync(Buffer.alloc(40 * 1024 * 1024, 0x20));
    const file = concat(
      latin1(`%PDF-1.7\n5 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length ${bomb.length} >>\nstream\n`),
      bomb,
      latin1('\nendstream\nendobj\n'),
      handMade().subarray(9),
    );
    expect(await readPdf(file)).toBeNull();
  });

  it('reads a stream whose /Length lies, by its endstream', async () => {
    const file = latin1(`%PDF-1.4\n4 0 obj\n<< /Length 99999 >>\nstream\nBT ET\nendstream\nendobj\n`);
    const whole = concat(file, handMade().subarray(9));
    expect(await readPdf(whole)).toMatchObject({ pages: 1, active: [] });
  });

  it.each([
    ['no objects', latin1('%PDF-1.7\nnothing here\n%%EOF')],
    ['a truncated header', latin1('%PDF-1.7\n1 0 ob')],
    ['random bytes', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251)],
  ])('says «unreadable» (null) for %s', async (_, bytes) => {
    expect(await readPdf(bytes)).toBeNull();
  });

  it('counts page objects when the page tree is cut off', async () => {
    const cut = handMade().subarray(0, handMade().indexOf(0x74 /* t of trailer */, 150));
    expect((await readPdf(cut))?.pages).toBe(1);
  });
});

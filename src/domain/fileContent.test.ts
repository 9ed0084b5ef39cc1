import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentProblem, imageSize, polyglotPart } from './fileContent';

const pdfProblem = async (bytes: Uint8Array) => (await contentProblem('pdf', bytes))?.code ?? null;

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../test/fixtures/files/${name}`, import.meta.url)));

describe('file content checks', () => {
  it('accepts a real one-page PDF', async () => {
    expect(await pdfProblem(fixture('sample.pdf'))).toBeNull();
  });

  it('refuses an encrypted PDF', async () => {
    expect(await pdfProblem(fixture('encrypted.pdf'))).toBe('pdf_encrypted');
  });

  it('refuses a PDF without pages, and one that cannot be parsed', async () => {
    expect(await pdfProblem(fixture('no-pages.pdf'))).toBe('pdf_no_pages');
    expect(await pdfProblem(new TextEncoder().encode('%PDF-1.7 broken'))).toBe('pdf_no_pages');
  });

  it('refuses a PDF with a script, a launch action or an attached file', async () => {
    const pdfFixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../test/fixtures/pdf/${name}`, import.meta.url)));
    for (const name of ['open-action-js.pdf', 'launch.pdf', 'attachment.pdf']) {
      expect(await pdfProblem(pdfFixture(name))).toBe('pdf_active_content');
    }
    expect(await pdfProblem(pdfFixture('linearized.pdf'))).toBeNull();
  });

  it('reads the size of real PNG and JPEG images', () => {
    expect(imageSize(fixture('sample.png'), 'png')).toEqual({ width: 64, height: 48 });
    expect(imageSize(fixture('sample.jpg'), 'jpeg')).toEqual({ width: 64, height: 48 });
  });

  it('refuses an image whose header is cut off', async () => {
    expect(await contentProblem('png', fixture('sample.png').subarray(0, 20))).toMatchObject({ code: 'image_unreadable' });
    expect(await contentProblem('jpeg', fixture('sample.jpg').subarray(0, 10))).toMatchObject({ code: 'image_unreadable' });
  });

  it('never throws, whatever the bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 64 }), fc.constantFrom('pdf', 'png', 'jpeg', 'doc' as const), async (bytes, kind) => {
        const problem = await contentProblem(kind, bytes);
        expect(problem === null || typeof problem.code === 'string').toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  describe('another format inside a 5 MB photo, where its reader looks', () => {
    /** What the check finds in a real JPEG grown to 5 MB with bytes that hold no marker, `insert` written at `at`. */
    const foundIn = (insert: string, at: (length: number) => number) => {
      const bytes = new Uint8Array(5 * 1024 * 1024).fill(0x41);
      bytes.set(fixture('sample.jpg'));
      bytes.set(new TextEncoder().encode(insert), at(bytes.length));
      return polyglotPart('jpeg', bytes);
    };
    const ZIP_END = 'PK\x05\x06\x00\x00\x00\x00';

    it('finds HTML anywhere, a ZIP record in the last 64 KB and a PDF header in the first KB', () => {
      expect(foundIn('<script>alert(1)</script>', (n) => n / 2)).toBe('html');
      expect(foundIn(ZIP_END, (n) => n - 65_557)).toBe('zip');
      expect(foundIn('%PDF-1.7', () => 1016)).toBe('pdf');
      expect(foundIn('', () => 0)).toBeNull();
    });

    it('leaves markers no reader would open: a PDF header past the first KB, a ZIP record before the end', () => {
      expect(foundIn('%PDF-1.7', () => 4096)).toBeNull();
      expect(foundIn(ZIP_END, (n) => n - 65_566)).toBeNull();
    });
  });
});

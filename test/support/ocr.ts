// Test-only: what a person sees on a PDF's pages. Renders them with poppler (`pdftoppm -r 150`) and reads
// the images with Tesseract, so a PDF whose text layer is fine but whose glyphs do not draw fails.
// Needs poppler-utils, ghostscript, tesseract-ocr, tesseract-ocr-rus and -eng (installed by .ci/run).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The text Tesseract reads on every page, pages in order, whitespace runs collapsed to one space.
 * Pages are drawn by poppler (as Evince, Okular and pdftoppm do) or by Ghostscript (as printers do).
 */
export function ocrPdf(bytes: Uint8Array, languages = 'rus', renderer: 'poppler' | 'ghostscript' = 'poppler'): string {
  const dir = mkdtempSync(join(tmpdir(), 'okno-ocr-'));
  try {
    writeFileSync(join(dir, 'doc.pdf'), bytes);
    if (renderer === 'poppler') execFileSync('pdftoppm', ['-r', '150', '-gray', '-png', join(dir, 'doc.pdf'), join(dir, 'page')]);
    else
      execFileSync('gs', [
        '-q',
        '-dNOPAUSE',
        '-dBATCH',
        '-dSAFER',
        '-sDEVICE=pnggray',
        '-r150',
        `-sOutputFile=${join(dir, 'page-%02d.png')}`,
        join(dir, 'doc.pdf'),
      ]);
    const pages = readdirSync(dir)
      .filter((f) => f.endsWith('.png'))
      .sort();
    if (pages.length === 0) throw new Error('pdftoppm rendered no page');
    // --psm 4: a single column of text of variable sizes, which suits label/value rows.
    const text = pages.map((page) =>
      execFileSync('tesseract', [join(dir, page), '-', '-l', languages, '--psm', '4'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString(),
    );
    return text.join('\n').replace(/\s+/g, ' ');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A PNG of the first page, for a person to look at (`OKNO_OCR_KEEP=dir` keeps them). */
export function keepPagePng(bytes: Uint8Array, name: string): void {
  const dir = process.env.OKNO_OCR_KEEP;
  if (!dir) return;
  writeFileSync(join(dir, `${name}.pdf`), bytes);
  execFileSync('pdftoppm', ['-r', '150', '-png', '-f', '1', '-l', '1', join(dir, `${name}.pdf`), join(dir, name)]);
}

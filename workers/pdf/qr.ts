// QR codes drawn as vector rectangles, so the code stays sharp at any zoom and needs no image codec.
// uqr: small (about 8 KB gzip), dependency-free ESM that only computes the module matrix — it runs
// in a worker and leaves drawing to the PDF writer.
import { rgb, type PdfPage } from './pdfDocument';
import { encode } from 'uqr';

/** Quiet zone the standard asks for around the code, in modules. */
const QUIET_MODULES = 4;

/** The dark (true) and light modules, without a border. Level M survives a crease or a smudge. */
export function qrMatrix(text: string): boolean[][] {
  return encode(text, { ecc: 'M', border: 0 }).data;
}

/**
 * Draws the code with its quiet zone inside a `size`-point square whose lower-left corner is (x, y).
 * Dark modules in a row are merged into one rectangle: about a third as many drawing operations.
 */
export function drawQr(page: PdfPage, text: string, box: { x: number; y: number; size: number }): void {
  const matrix = qrMatrix(text);
  const modules = matrix.length + 2 * QUIET_MODULES;
  const cell = box.size / modules;
  page.drawRectangle({ x: box.x, y: box.y, width: box.size, height: box.size, color: rgb(1, 1, 1) });
  matrix.forEach((row, r) => {
    const top = box.y + box.size - (QUIET_MODULES + r + 1) * cell;
    for (let c = 0; c < row.length;) {
      if (!row[c]) {
        c++;
        continue;
      }
      const start = c;
      while (row[c]) c++;
      const x = box.x + (QUIET_MODULES + start) * cell;
      page.drawRectangle({ x, y: top, width: (c - start) * cell, height: cell, color: rgb(0, 0, 0) });
    }
  });
}

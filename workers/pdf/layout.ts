// Page layout shared by the PDF documents (certificate, application copy, receipt): A4 with margins,
// colours, text wrapped to a width, and label/value rows.
import type { DocumentFont } from './font/documentFont';
import { rgb, type PdfDocument, type PdfPage } from './pdfDocument';

export const A4: [number, number] = [595.28, 841.89];
export const MARGIN = 56;
export const INK = rgb(0.1, 0.1, 0.1);
export const MUTED = rgb(0.38, 0.4, 0.45);

/** Lines of at most `width` points; a word longer than a line is cut where it must be. */
export function wrapText(text: string, font: DocumentFont, size: number, width: number): string[] {
  const fits = (s: string) => font.widthOfTextAtSize(s, size) <= width;
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(/\s+/).filter(Boolean)) {
    while (!fits(word)) {
      let cut = word.length - 1;
      while (cut > 1 && !fits(word.slice(0, cut))) cut--;
      if (line) lines.push(line);
      lines.push(word.slice(0, cut));
      line = '';
      word = word.slice(cut);
    }
    const next = line ? `${line} ${word}` : word;
    if (fits(next)) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

/**
 * The top of a one-page document: the small simulation note, then the title in large type. Returns the
 * y where the body starts.
 */
export function drawDocumentHead(page: PdfPage, font: DocumentFont, note: string, title: string): number {
  const width = A4[0] - 2 * MARGIN;
  let y = A4[1] - MARGIN;
  page.drawText(note, { x: MARGIN, y, size: 8, font, color: MUTED });
  y -= 34;
  for (const line of wrapText(title, font, 20, width)) {
    page.drawText(line, { x: MARGIN, y, size: 20, font, color: INK });
    y -= 26;
  }
  return y;
}

export interface RowStyle {
  labelWidth: number;
  labelSize: number;
  valueSize: number;
  lineHeight: number;
}

/** Label/value rows from `top` down, values wrapped beside their labels; rows without a value are skipped. Answers the next free y. */
export function drawRows(page: PdfPage, font: DocumentFont, rows: [string, string | undefined][], top: number, style: RowStyle): number {
  const valueWidth = A4[0] - 2 * MARGIN - style.labelWidth;
  let y = top;
  for (const [label, value] of rows) {
    if (!value) continue;
    wrapText(label, font, style.labelSize, style.labelWidth - 10).forEach((line, i) =>
      page.drawText(line, { x: MARGIN, y: y - i * (style.labelSize + 3), size: style.labelSize, font, color: MUTED }),
    );
    for (const line of wrapText(value, font, style.valueSize, valueWidth)) {
      page.drawText(line, { x: MARGIN + style.labelWidth, y, size: style.valueSize, font, color: INK });
      y -= style.lineHeight;
    }
    y -= 5;
  }
  return y;
}

/** The lowest line of text on a page that numbers its pages at the foot. */
const BOTTOM = MARGIN + 20;

/** Writes lines top-down and opens a new page when the next block would not fit. */
export function createCursor(pdf: PdfDocument, font: DocumentFont) {
  let page: PdfPage = pdf.addPage(A4);
  let y = A4[1] - MARGIN;
  return {
    ensure(height: number) {
      if (y - height >= BOTTOM) return;
      page = pdf.addPage(A4);
      y = A4[1] - MARGIN;
    },
    text(text: string, x: number, size: number, color = INK) {
      page.drawText(text, { x, y, size, font, color });
    },
    down(points: number) {
      y -= points;
    },
    /** The page being written and the current baseline, for drawings other than text. */
    at: () => ({ page, y }),
  };
}

/** «Страница n из total» at the foot of every page, once all pages exist. */
export function numberPages(pdf: PdfDocument, font: DocumentFont, label: string): void {
  const pages = pdf.getPages();
  pages.forEach((page, i) => {
    const text = label.replace('{n}', String(i + 1)).replace('{total}', String(pages.length));
    page.drawText(text, { x: A4[0] - MARGIN - font.widthOfTextAtSize(text, 9), y: MARGIN - 10, size: 9, font, color: MUTED });
  });
}

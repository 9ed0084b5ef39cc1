// Test-only: a PDF page's text decoded through its fonts' ToUnicode maps — what a viewer's copy or
// search sees. Enough for PDFs made by pdf-lib with an embedded font (hex-string Tj operators).
import { decodePDFRawStream, PDFArray, PDFDict, PDFName, PDFRawStream, type PDFDocument, type PDFPage, type PDFRef } from 'pdf-lib';

const bytesOf = (stream: unknown) => (stream instanceof PDFRawStream ? decodePDFRawStream(stream).decode() : new Uint8Array());
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

export const latin1Text = latin1;

export function pageText(pdf: PDFDocument, page: PDFPage): string {
  const toUnicode = new Map<string, string>();
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Type')) !== PDFName.of('Font')) continue;
    const cmap = latin1(bytesOf(pdf.context.lookup(object.get(PDFName.of('ToUnicode')) as PDFRef)));
    for (const [, glyph, unicode] of cmap.matchAll(/<([0-9a-fA-F]{4})> <([0-9a-fA-F]+)>/g)) {
      toUnicode.set(glyph!.toLowerCase(), String.fromCharCode(...unicode!.match(/.{4}/g)!.map((h) => parseInt(h, 16))));
    }
  }
  const contents = page.node.get(PDFName.of('Contents'));
  const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
  const content = refs.map((ref) => latin1(bytesOf(pdf.context.lookup(ref as PDFRef)))).join('\n');
  return [...content.matchAll(/<([0-9a-fA-F]*)> Tj/g)]
    .map(([, hex]) => (hex!.match(/.{4}/g) ?? []).map((g) => toUnicode.get(g.toLowerCase()) ?? '?').join(''))
    .join('\n');
}

/** Every page's text, pages separated by a blank line. */
export function documentText(pdf: PDFDocument): string {
  return pdf
    .getPages()
    .map((page) => pageText(pdf, page))
    .join('\n\n');
}

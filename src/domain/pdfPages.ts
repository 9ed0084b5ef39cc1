// A PDF with no pages (or one no parser can read) is no document: pdf-lib counts the pages. Used by the
// validation worker, where pdf-lib's size costs nothing on the first route.
import { quickContentProblem, type ContentProblem } from './fileContent';
import type { FileKind } from './fileCheck';

export async function contentProblem(kind: FileKind, bytes: Uint8Array): Promise<ContentProblem | null> {
  const quick = quickContentProblem(kind, bytes);
  if (quick || kind !== 'pdf') return quick;
  try {
    // Loaded on the first PDF only: image checks never pay for the parser.
    const { PDFDocument } = await import('pdf-lib');
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    return pdf.getPageCount() > 0 ? null : 'pdf_no_pages';
  } catch {
    return 'pdf_no_pages';
  }
}

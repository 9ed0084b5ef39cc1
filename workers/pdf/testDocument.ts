// A one-page PDF with Cyrillic text, proving the PDF pipeline end to end on a demo stand: the writer,
// the build-time subset font and its ToUnicode map. Pure: the caller passes the text.
import { A4, MARGIN } from './layout';
import { PdfDocument, rgb } from './pdfDocument';

export interface TestDocumentText {
  title: string;
  lines: string[];
  language: string;
}

export async function renderTestDocument(text: TestDocumentText): Promise<Uint8Array> {
  const pdf = PdfDocument.create();
  pdf.setTitle(text.title);
  pdf.setLanguage(text.language);
  pdf.setProducer('Okno');
  pdf.setCreator('Okno PDF worker');
  const page = pdf.addPage(A4);
  let y = A4[1] - MARGIN - 20;
  page.drawText(text.title, { x: MARGIN, y, size: 20, color: rgb(0.05, 0.3, 0.83) });
  for (const line of text.lines) {
    y -= 24;
    page.drawText(line, { x: MARGIN, y, size: 12, color: rgb(0.1, 0.1, 0.1) });
  }
  return pdf.save();
}

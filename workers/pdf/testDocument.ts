// A one-page PDF with Cyrillic text, proving the PDF pipeline end to end: pdf-lib, fontkit and a
// subset TTF (woff2 subsetting crashes fontkit). Pure: the caller passes the font bytes.
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb } from 'pdf-lib';

export interface TestDocumentText {
  title: string;
  lines: string[];
  language: string;
}

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;

export async function renderTestDocument(fontBytes: Uint8Array, text: TestDocumentText): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  pdf.setTitle(text.title);
  pdf.setLanguage(text.language);
  pdf.setProducer('Okno');
  pdf.setCreator('Okno PDF worker');
  const font = await pdf.embedFont(fontBytes, { subset: true });
  const page = pdf.addPage(A4);
  let y = A4[1] - MARGIN - 20;
  page.drawText(text.title, { x: MARGIN, y, size: 20, font, color: rgb(0.05, 0.3, 0.83) });
  for (const line of text.lines) {
    y -= 24;
    page.drawText(line, { x: MARGIN, y, size: 12, font, color: rgb(0.1, 0.1, 0.1) });
  }
  return pdf.save();
}

// The confirmation of a doctor's appointment as an A4 PDF: title and ticket, the label/value rows the
// caller built (src/domain/offices/doctorConfirmation.ts), what to remember, and a QR code of the ticket.
// Rendered on the device in the PDF worker: it repeats the booking, the server need not vouch for it.
import type { DoctorConfirmationInput } from '../../src/domain/offices/doctorConfirmation';
import { documentFont } from './font/documentFont';
import { A4, drawDocumentHead, drawRows, INK, MARGIN, MUTED, wrapText, type RowStyle } from './layout';
import { PdfDocument, rgb } from './pdfDocument';
import { drawQr } from './qr';

const ACCENT = rgb(0.05, 0.3, 0.83);
const ROWS: RowStyle = { labelWidth: 150, labelSize: 10, valueSize: 13, lineHeight: 18 };
const QR_SIZE = 110;

export async function renderDoctorConfirmation(input: DoctorConfirmationInput): Promise<Uint8Array> {
  const pdf = PdfDocument.create();
  pdf.setTitle(`${input.title}. ${input.ticket}`);
  pdf.setLanguage(input.language);
  pdf.setProducer('Okno');
  pdf.setCreator('Okno PDF worker');
  const font = documentFont;
  const page = pdf.addPage(A4);
  const width = A4[0] - 2 * MARGIN;
  let y = drawDocumentHead(page, font, input.simulationNote, input.title);
  page.drawText(input.ticket, { x: MARGIN, y, size: 14, font, color: ACCENT });
  y -= 12;
  page.drawLine({ start: { x: MARGIN, y }, end: { x: A4[0] - MARGIN, y }, thickness: 0.8, color: ACCENT });
  y -= 24;
  y = drawRows(page, font, input.rows, y, ROWS);
  y -= 10;
  for (const note of input.notes) {
    for (const line of wrapText(`• ${note}`, font, 11, width)) {
      page.drawText(line, { x: MARGIN, y, size: 11, font, color: INK });
      y -= 15;
    }
  }
  // A fixed set of rows and a few notes: one page always holds them above the QR.
  drawQr(page, input.qr, { x: MARGIN - 6, y: MARGIN, size: QR_SIZE });
  const hintX = MARGIN + QR_SIZE + 10;
  wrapText(input.qrHint, font, 9, A4[0] - MARGIN - hintX).forEach((line, i) =>
    page.drawText(line, { x: hintX, y: MARGIN + QR_SIZE - 20 - i * 12, size: 9, font, color: MUTED }),
  );
  return pdf.save();
}

// The department's answer to an appeal as an A4 PDF: what the appeal page shows of the answer, as
// label/value rows that flow onto further pages, then the QR code and the seal block. The signed answer
// (answerJsonText) rides in the Info dictionary as /OknoData, so /verify can name the document it
// sealed. Pure: the server passes the words in the reader's language and seals the result.
import { formatMoscowDateTime } from '../../src/domain/calendar';
import type { appealsRu } from '../../src/i18n/appeals.ru';
import { DATA_KEY } from './certificate';
import { documentFont } from './font/documentFont';
import { A4, createCursor, INK, MARGIN, MUTED, numberPages, wrapText } from './layout';
import { pdfText, PdfDocument, rgb } from './pdfDocument';
import { drawQr } from './qr';
import { reserveSeal } from './seal';

export type AppealAnswerLabels = (typeof appealsRu)['appeals']['answerPdf'];

export interface AppealAnswerPdfInput {
  /** The canonical JSON of the answer exactly as the JSON file signs it. */
  data: string;
  /** What is printed, already in the reader's language; dates in ms, printed ДД.ММ.ГГГГ ЧЧ:ММ (Moscow). */
  view: {
    authority: string;
    number: string;
    sentAt: number;
    type: string;
    topic?: string;
    subject: string;
    outcome: string;
    code: number;
    explanation: string;
    nextSteps: string;
    executor: { name: string; position: string; phone: string };
    answeredAt: number;
  };
  qr: string;
  labels: AppealAnswerLabels;
  language: 'ru' | 'en';
  /** Given by the authority (src/server/appeals/answerFile.ts): a seal placeholder for sealPdf. */
  seal?: { keyId: string; signedAt: Date };
}

const ACCENT = rgb(0.05, 0.3, 0.83);
const LABEL_WIDTH = 150;
const LINE = 15;
const QR_SIZE = 120;

export async function renderAppealAnswer(input: AppealAnswerPdfInput): Promise<Uint8Array> {
  const { labels, view } = input;
  const pdf = PdfDocument.create();
  const answered = new Date(view.answeredAt);
  pdf.setTitle(`${labels.title} № ${view.number}`);
  pdf.setAuthor(view.authority);
  pdf.setLanguage(input.language);
  pdf.setProducer('Okno');
  pdf.setCreator('Okno PDF pipeline');
  pdf.setCreationDate(answered);
  pdf.setModificationDate(answered);
  pdf.setInfo(DATA_KEY, pdfText(input.data));
  if (input.seal) reserveSeal(pdf, { ...input.seal, authority: view.authority });

  const font = documentFont;
  const cursor = createCursor(pdf, font);
  const width = A4[0] - 2 * MARGIN;
  const lines = (text: string, size: number, color = INK, x = MARGIN, w = width) => {
    for (const line of wrapText(text, font, size, w)) {
      cursor.ensure(size + 4);
      cursor.text(line, x, size, color);
      cursor.down(size + 4);
    }
  };
  const row = (label: string, value: string | undefined) => {
    if (!value) return;
    const labelLines = wrapText(label, font, 10, LABEL_WIDTH - 10);
    // Paragraphs of a long explanation stay paragraphs.
    const valueLines = value.split('\n').flatMap((part) => wrapText(part, font, 11, width - LABEL_WIDTH));
    const count = Math.max(labelLines.length, valueLines.length);
    // A short row moves to the next page whole; a long explanation starts where it is and flows on.
    cursor.ensure((count <= 6 ? count : 3) * LINE);
    for (let i = 0; i < count; i++) {
      cursor.ensure(LINE);
      if (labelLines[i]) cursor.text(labelLines[i]!, MARGIN, 10, MUTED);
      if (valueLines[i]) cursor.text(valueLines[i]!, MARGIN + LABEL_WIDTH, 11);
      cursor.down(LINE);
    }
    cursor.down(5);
  };

  lines(labels.simulationNote, 8, MUTED);
  cursor.down(14);
  lines(labels.authority, 8, MUTED);
  lines(view.authority, 11, ACCENT);
  cursor.down(16);
  lines(labels.title, 22);
  lines(`№ ${view.number}`, 16);
  const { page: head, y: rule } = cursor.at();
  head.drawLine({ start: { x: MARGIN, y: rule + 8 }, end: { x: A4[0] - MARGIN, y: rule + 8 }, thickness: 0.8, color: ACCENT });
  cursor.down(14);
  row(labels.number, view.number);
  row(labels.sentAt, formatMoscowDateTime(view.sentAt));
  row(labels.type, view.type);
  row(labels.topic, view.topic);
  row(labels.subject, view.subject);
  row(labels.outcome, view.outcome);
  row(labels.code, String(view.code));
  row(labels.explanation, view.explanation);
  row(labels.nextSteps, view.nextSteps);
  row(labels.executor, view.executor.name);
  row(labels.position, view.executor.position);
  row(labels.phone, view.executor.phone);
  row(labels.answeredAt, formatMoscowDateTime(view.answeredAt));

  // The QR and the seal block stay together, as a stamp at the end of the answer.
  cursor.down(10);
  cursor.ensure(QR_SIZE + 10);
  const { page, y } = cursor.at();
  const bottom = y - QR_SIZE;
  drawQr(page, input.qr, { x: MARGIN - 8, y: bottom, size: QR_SIZE });
  const boxX = MARGIN + QR_SIZE + 12;
  const boxWidth = A4[0] - MARGIN - boxX;
  page.drawRectangle({ x: boxX, y: bottom + 44, width: boxWidth, height: 64, borderColor: ACCENT, borderWidth: 1 });
  page.drawText(labels.sealed, { x: boxX + 10, y: bottom + 86, size: 11, font, color: ACCENT });
  if (input.seal) page.drawText(`${labels.keyId}: ${input.seal.keyId}`, { x: boxX + 10, y: bottom + 60, size: 10, font, color: INK });
  wrapText(labels.qrHint, font, 8, boxWidth).forEach((line, i) =>
    page.drawText(line, { x: boxX, y: bottom + 30 - i * 11, size: 8, font, color: MUTED }),
  );
  numberPages(pdf, font, labels.page);
  return pdf.save();
}

// A payment receipt as an A4 PDF: payer, payee with bank details, purpose, amounts, time and transaction
// id, with a QR code a checker can read. Pure: the caller passes font, labels and the receipt as the
// server shows it; money is formatted by the one shared function, so the PDF says what the page says.
import { formatMoscowDateTime } from '../../src/domain/calendar';
import { formatMoney } from '../../src/domain/money';
import type { ReceiptView } from '../../src/domain/payments/api';
import { documentFont } from './font/documentFont';
import { A4, drawDocumentHead, drawRows, MARGIN, MUTED, wrapText, type RowStyle } from './layout';
import { PdfDocument, rgb } from './pdfDocument';
import { drawQr } from './qr';

/** Every visible word but the receipt's own data. */
export interface ReceiptLabels {
  simulationNote: string;
  title: string;
  transactionId: string;
  paidAt: string;
  kind: string;
  kinds: { fee: string; fine: string; tax: string };
  payer: string;
  payerInn: string;
  payee: string;
  payeeInn: string;
  kpp: string;
  bankName: string;
  bik: string;
  treasuryAccount: string;
  bankAccount: string;
  kbk: string;
  oktmo: string;
  purpose: string;
  uin: string;
  application: string;
  amount: string;
  commission: string;
  total: string;
  method: string;
  status: string;
  paid: string;
  qrHint: string;
}

export interface ReceiptPdfInput {
  receipt: ReceiptView;
  labels: ReceiptLabels;
  language: 'ru' | 'en';
}

const ACCENT = rgb(0.05, 0.3, 0.83);
const ROWS: RowStyle = { labelWidth: 170, labelSize: 9, valueSize: 11, lineHeight: 15 };
const QR_SIZE = 120;

/** What the receipt's QR carries: enough to find the payment and compare its amount. */
export const receiptQrPayload = (r: ReceiptView) => `OKNO-RECEIPT.${r.transactionId}.${r.amountKopecks}`;

/** Intl may use a narrow no-break space, which PT Sans lacks; a plain no-break space looks the same. */
const printable = (text: string) => text.replace(/\u202f/g, '\u00a0');

const moscowDateTime = (ms: number) => formatMoscowDateTime(ms, true);

function rowsOf(r: ReceiptView, labels: ReceiptLabels, language: 'ru' | 'en'): [string, string | undefined][] {
  const money = (kopecks: number) => printable(formatMoney(kopecks, language));
  return [
    [labels.transactionId, r.transactionId],
    [labels.paidAt, moscowDateTime(r.paidAt)],
    [labels.kind, labels.kinds[r.kind]],
    [labels.status, labels.paid],
    [labels.payer, r.payer.name],
    [labels.payerInn, r.payer.inn],
    [labels.payee, r.payee.name],
    [labels.payeeInn, r.payee.inn],
    [labels.kpp, r.payee.kpp],
    [labels.bankName, r.payee.bankName],
    [labels.bik, r.payee.bik],
    [labels.treasuryAccount, r.payee.treasuryAccount],
    [labels.bankAccount, r.payee.bankAccount],
    [labels.kbk, r.payee.kbk],
    [labels.oktmo, r.payee.oktmo],
    [labels.purpose, r.purpose[language]],
    [labels.uin, r.uins?.join(', ')],
    [labels.application, r.applicationNumber],
    [labels.method, r.methodDetail],
    [labels.amount, money(r.amountKopecks)],
    [labels.commission, money(r.commissionKopecks)],
    [labels.total, money(r.totalKopecks)],
  ];
}

export async function renderReceipt(input: ReceiptPdfInput): Promise<Uint8Array> {
  const { receipt, labels, language } = input;
  const pdf = PdfDocument.create();
  const paidAt = new Date(receipt.paidAt);
  pdf.setTitle(`${labels.title} ${receipt.transactionId}`);
  pdf.setAuthor(receipt.payee.name);
  pdf.setLanguage(language);
  pdf.setProducer('Okno');
  pdf.setCreator('Okno PDF worker');
  pdf.setCreationDate(paidAt);
  pdf.setModificationDate(paidAt);
  const font = documentFont;
  const page = pdf.addPage(A4);
  let y = drawDocumentHead(page, font, labels.simulationNote, labels.title);
  const total = printable(formatMoney(receipt.totalKopecks, language));
  page.drawText(total, { x: A4[0] - MARGIN - font.widthOfTextAtSize(total, 16), y: y + 26, size: 16, font, color: ACCENT });
  page.drawLine({ start: { x: MARGIN, y: y + 12 }, end: { x: A4[0] - MARGIN, y: y + 12 }, thickness: 0.8, color: ACCENT });
  y -= 8;
  // The rows end well above the QR: a receipt has a fixed set of fields, so one page always holds them.
  drawRows(page, font, rowsOf(receipt, labels, language), y, ROWS);

  drawQr(page, receiptQrPayload(receipt), { x: MARGIN - 6, y: MARGIN, size: QR_SIZE });
  const hintX = MARGIN + QR_SIZE + 10;
  wrapText(labels.qrHint, font, 9, A4[0] - MARGIN - hintX).forEach((line, i) =>
    page.drawText(line, { x: hintX, y: MARGIN + QR_SIZE - 20 - i * 12, size: 9, font, color: MUTED }),
  );
  return pdf.save();
}

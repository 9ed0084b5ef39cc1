// The signed electronic certificate as an A4 PDF. The signed canonical text and its signature ride in
// the Info dictionary (/OknoData, /OknoSignature) as plain literal strings, so the file itself can be
// verified later; what is printed is drawn from that same text. Pure: the caller passes font and labels.
import { moscowDate } from '../../src/domain/calendar';
import { parseCertificateData } from '../../src/domain/certificate';
import { formatRuDate } from '../../src/domain/identifiers';
import { documentFont } from './font/documentFont';
import { A4, drawRows, INK, MARGIN, MUTED, wrapText, type RowStyle } from './layout';
import { pdfText, PdfDocument, rgb } from './pdfDocument';
import { drawQr } from './qr';
import { reserveSeal } from './seal';

export { A4, MARGIN, wrapText };

const ROWS: RowStyle = { labelWidth: 150, labelSize: 10, valueSize: 12, lineHeight: 17 };

/** Every visible text but the document's own data; Russian for the official document. */
export interface CertificateLabels {
  simulationNote: string;
  authority: string;
  number: string;
  caseNumber: string;
  applicant: string;
  birthDate: string;
  address: string;
  kind: string;
  purpose: string;
  period: string;
  /** «с {from} по {to}» */
  periodValue: string;
  issuedAt: string;
  validUntil: string;
  signed: string;
  keyId: string;
  signature: string;
  qrHint: string;
  kinds: { registration_fact: string; residence: string; residence_period: string };
}

export interface CertificatePdfInput {
  /** The canonical JSON exactly as signed (GET /api/applications/:id/result). */
  data: string;
  signature: string;
  keyId: string;
  qr: string;
  labels: CertificateLabels;
  /** Given by the authority (src/server/certificates.ts): the file gets a seal placeholder for sealPdf. */
  seal?: { keyId: string; signedAt: Date };
}

export const DATA_KEY = 'OknoData';
export const SIGNATURE_KEY = 'OknoSignature';
const ACCENT = rgb(0.05, 0.3, 0.83);

const ruDate = (iso: string) => formatRuDate(iso) ?? iso;

export async function renderCertificate(input: CertificatePdfInput): Promise<Uint8Array> {
  const data = parseCertificateData(input.data);
  if (!data) throw new Error('The certificate data is not a signed document’s canonical text');
  const { labels } = input;
  const pdf = PdfDocument.create();
  const issued = new Date(data.issuedAt);
  pdf.setTitle(`${data.title} № ${data.number}`);
  pdf.setAuthor(data.authority);
  pdf.setLanguage('ru');
  pdf.setProducer('Okno');
  pdf.setCreator('Okno PDF worker');
  pdf.setCreationDate(issued);
  pdf.setModificationDate(issued);
  pdf.setInfo(DATA_KEY, pdfText(input.data));
  pdf.setInfo(SIGNATURE_KEY, pdfText(input.signature));
  if (input.seal) reserveSeal(pdf, { ...input.seal, authority: data.authority });

  const font = documentFont;
  const page = pdf.addPage(A4);
  const width = A4[0] - 2 * MARGIN;
  let y = A4[1] - MARGIN;
  page.drawText(labels.simulationNote, { x: MARGIN, y, size: 8, font, color: MUTED });
  y -= 28;
  page.drawText(labels.authority, { x: MARGIN, y, size: 8, font, color: MUTED });
  y -= 14;
  for (const line of wrapText(data.authority, font, 11, width)) {
    page.drawText(line, { x: MARGIN, y, size: 11, font, color: ACCENT });
    y -= 15;
  }
  y -= 22;
  for (const line of wrapText(data.title, font, 22, width)) {
    page.drawText(line, { x: MARGIN, y, size: 22, font, color: INK });
    y -= 28;
  }
  page.drawLine({ start: { x: MARGIN, y: y + 10 }, end: { x: A4[0] - MARGIN, y: y + 10 }, thickness: 0.8, color: ACCENT });
  y -= 18;
  const kind = data.kind && (labels.kinds[data.kind as keyof CertificateLabels['kinds']] ?? data.kind);
  const period = data.period && labels.periodValue.replace('{from}', ruDate(data.period.from)).replace('{to}', ruDate(data.period.to));
  drawRows(
    page,
    font,
    [
      [labels.number, data.number],
      [labels.caseNumber, data.caseNumber],
      [labels.applicant, data.applicant.fullName],
      [labels.birthDate, ruDate(data.applicant.birthDate)],
      [labels.address, data.address],
      [labels.kind, kind],
      [labels.purpose, data.purpose],
      [labels.period, period],
      [labels.issuedAt, ruDate(moscowDate(issued.getTime()))],
      [labels.validUntil, ruDate(data.validUntil)],
    ],
    y,
    ROWS,
  );

  // The QR and the signature block sit at the foot of the page, as on a paper certificate's stamp.
  const qrSize = 140;
  drawQr(page, input.qr, { x: MARGIN - 8, y: MARGIN, size: qrSize });
  const boxX = MARGIN + qrSize + 12;
  const boxWidth = A4[0] - MARGIN - boxX;
  page.drawRectangle({ x: boxX, y: MARGIN + 40, width: boxWidth, height: 92, borderColor: ACCENT, borderWidth: 1 });
  const short = `${input.signature.slice(0, 16)}…${input.signature.slice(-8)}`;
  const block = [labels.signed, `${labels.keyId}: ${input.keyId}`, `${labels.signature}: ${short}`];
  block.forEach((line, i) => page.drawText(line, { x: boxX + 10, y: MARGIN + 108 - i * 22, size: i ? 10 : 12, font, color: i ? INK : ACCENT }));
  wrapText(labels.qrHint, font, 8, boxWidth).forEach((line, i) =>
    page.drawText(line, { x: boxX, y: MARGIN + 26 - i * 11, size: 8, font, color: MUTED }),
  );
  return pdf.save();
}

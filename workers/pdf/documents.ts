// THE PDF pipeline: every document the app prints is one kind here — a layout function that turns its
// data into PDF bytes with the small writer in pdfDocument.ts and the build-time subset font.
//
// To add a kind (an appeal answer, a booking ticket, a doctor's confirmation):
//  1. Write workers/pdf/<kind>.ts exporting `render<Kind>(input): Promise<Uint8Array>`. Build the page
//     with PdfDocument.create(), A4/MARGIN/wrapText/drawRows from layout.ts and drawQr from qr.ts; take
//     every visible word as data or labels from the caller (dictionaries live in src/i18n); write dates
//     with src/domain/dates.ts. Only characters of src/domain/documentCharacters.ts can print: validate
//     the data with the rules in src/domain/documentText.ts where it is entered.
//  2. Add it to DOCUMENT_KINDS below. The page then calls renderPdf('<kind>', input) from
//     src/client/pdfClient.ts (rendered in the PDF worker, off the main thread).
//  3. If the authority must vouch for the file, render it in the server instead and seal it: pass a
//     `seal` to reserveSeal() while building and call sealPdf() with the authority's signBytes() on the
//     result (see certificateFile in src/server/certificates.ts); /verify then checks every byte.
//  4. Add an OCR test to ocr.test.ts: render, read with Tesseract, expect the name, title, number.
import { renderAppealAnswer } from './appealAnswer';
import { renderApplicationCopy } from './applicationCopy';
import { renderCertificate } from './certificate';
import { renderDoctorConfirmation } from './doctorConfirmation';
import { renderReceipt } from './receipt';
import { renderTestDocument } from './testDocument';

export const DOCUMENT_KINDS = {
  certificate: renderCertificate,
  applicationCopy: renderApplicationCopy,
  receipt: renderReceipt,
  /** Rendered and sealed in the server (src/server/appeals/answerFile.ts). */
  appealAnswer: renderAppealAnswer,
  testDocument: renderTestDocument,
  doctorConfirmation: renderDoctorConfirmation,
};

export type DocumentKind = keyof typeof DOCUMENT_KINDS;
export type DocumentInput<K extends DocumentKind> = Parameters<(typeof DOCUMENT_KINDS)[K]>[0];

export function renderDocument<K extends DocumentKind>(kind: K, input: DocumentInput<K>): Promise<Uint8Array> {
  const render = DOCUMENT_KINDS[kind] as (input: DocumentInput<K>) => Promise<Uint8Array>;
  return render(input);
}

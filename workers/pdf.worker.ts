// PDF worker: renders documents off the main thread with the small PDF writer in workers/pdf and the
// build-time subset font compiled into this bundle, so nothing is fetched and PDFs work offline.
import { expose, transfer } from 'comlink';
import { renderApplicationCopy, type ApplicationCopyInput } from './pdf/applicationCopy';
import { renderCertificate, type CertificatePdfInput } from './pdf/certificate';
import type { EmbeddedCertificate } from './pdf/readCertificate';
import { renderReceipt, type ReceiptPdfInput } from './pdf/receipt';
import { renderTestDocument, type TestDocumentText } from './pdf/testDocument';

/** Hands the PDF's buffer over to the page instead of copying it. */
const handOver = (bytes: Uint8Array) => transfer(bytes, [bytes.buffer as ArrayBuffer]);

const api = {
  async testDocument(text: TestDocumentText): Promise<Uint8Array> {
    return handOver(await renderTestDocument(text));
  },
  async certificate(input: CertificatePdfInput): Promise<Uint8Array> {
    return handOver(await renderCertificate(input));
  },
  async applicationCopy(input: ApplicationCopyInput): Promise<Uint8Array> {
    return handOver(await renderApplicationCopy(input));
  },
  async receipt(input: ReceiptPdfInput): Promise<Uint8Array> {
    return handOver(await renderReceipt(input));
  },
  /** The signed data and signature embedded in a certificate PDF; null when the file has none. pdf-lib loads only for this. */
  async readCertificate(bytes: Uint8Array): Promise<EmbeddedCertificate | null> {
    const { readCertificate } = await import('./pdf/readCertificate');
    return readCertificate(bytes);
  },
};

export type PdfApi = typeof api;
expose(api);

// PDF worker: renders documents with pdf-lib off the main thread. fontkit and the font load only here;
// both are precached, so PDFs work offline.
import { expose, transfer } from 'comlink';
import fontUrl from '@expo-google-fonts/pt-sans/400Regular/PTSans_400Regular.ttf?url';
import { renderApplicationCopy, type ApplicationCopyInput } from './pdf/applicationCopy';
import { renderCertificate, type CertificatePdfInput } from './pdf/certificate';
import { readCertificate, type EmbeddedCertificate } from './pdf/readCertificate';
import { renderReceipt, type ReceiptPdfInput } from './pdf/receipt';
import { renderTestDocument, type TestDocumentText } from './pdf/testDocument';

let fontBytes: Promise<Uint8Array> | undefined;

function loadFont(): Promise<Uint8Array> {
  fontBytes ??= fetch(fontUrl).then(async (response) => {
    if (!response.ok) throw new Error(`Font not available (HTTP ${response.status})`);
    return new Uint8Array(await response.arrayBuffer());
  });
  fontBytes.catch(() => (fontBytes = undefined));
  return fontBytes;
}

/** Hands the PDF's buffer over to the page instead of copying it. */
const handOver = (bytes: Uint8Array) => transfer(bytes, [bytes.buffer as ArrayBuffer]);

const api = {
  async testDocument(text: TestDocumentText): Promise<Uint8Array> {
    return handOver(await renderTestDocument(await loadFont(), text));
  },
  async certificate(input: CertificatePdfInput): Promise<Uint8Array> {
    return handOver(await renderCertificate(await loadFont(), input));
  },
  async applicationCopy(input: ApplicationCopyInput): Promise<Uint8Array> {
    return handOver(await renderApplicationCopy(await loadFont(), input));
  },
  async receipt(input: ReceiptPdfInput): Promise<Uint8Array> {
    return handOver(await renderReceipt(await loadFont(), input));
  },
  /** The signed data and signature embedded in a certificate PDF; null when the file has none. */
  readCertificate(bytes: Uint8Array): Promise<EmbeddedCertificate | null> {
    return readCertificate(bytes);
  },
};

export type PdfApi = typeof api;
expose(api);

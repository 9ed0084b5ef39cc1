// The page's handle on the PDF worker. The worker (with its build-time font) loads only on first use.
import { transfer } from 'comlink';
import type { PdfApi } from '../../workers/pdf.worker';
import type { ApplicationCopyInput } from '../../workers/pdf/applicationCopy';
import type { CertificatePdfInput } from '../../workers/pdf/certificate';
import type { EmbeddedCertificate } from '../../workers/pdf/readCertificate';
import type { ReceiptPdfInput } from '../../workers/pdf/receipt';
import type { TestDocumentText } from '../../workers/pdf/testDocument';
import { createWorkerClient } from './workerClient';

const client = createWorkerClient<PdfApi>(
  'PDF',
  () => new Worker(new URL('../../workers/pdf.worker.ts', import.meta.url), { type: 'module', name: 'pdf' }),
);

const pdfBlob = (bytes: Uint8Array) => new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });

export async function renderTestPdf(text: TestDocumentText): Promise<Blob> {
  return pdfBlob(await client.call((api) => api.testDocument(text)));
}

/** The signed certificate as a PDF; `input` comes from GET /api/applications/:id/result plus the labels. */
export async function renderCertificatePdf(input: CertificatePdfInput): Promise<Blob> {
  return pdfBlob(await client.call((api) => api.certificate(input)));
}

export async function renderApplicationCopyPdf(input: ApplicationCopyInput): Promise<Blob> {
  return pdfBlob(await client.call((api) => api.applicationCopy(input)));
}

/** A payment receipt as a PDF; `input.receipt` is the server's view, labels come from the dictionary. */
export async function renderReceiptPdf(input: ReceiptPdfInput): Promise<Blob> {
  return pdfBlob(await client.call((api) => api.receipt(input)));
}

/** What a certificate PDF carries for verification, or null for any other or unreadable file. */
export async function readCertificatePdf(file: Blob): Promise<EmbeddedCertificate | null> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return client.call((api) => api.readCertificate(transfer(bytes, [bytes.buffer])));
}

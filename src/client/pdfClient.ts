// The page's handle on the PDF worker. The worker (with its build-time font) loads only on first use.
// A new kind of document is added in workers/pdf/documents.ts and rendered here with renderPdf.
import type { PdfApi } from '../../workers/pdf.worker';
import type { DocumentInput, DocumentKind } from '../../workers/pdf/documents';
import type { ApplicationCopyInput } from '../../workers/pdf/applicationCopy';
import type { ReceiptPdfInput } from '../../workers/pdf/receipt';
import type { TestDocumentText } from '../../workers/pdf/testDocument';
import { createWorkerClient } from './workerClient';

const client = createWorkerClient<PdfApi>(
  'PDF',
  () => new Worker(new URL('../../workers/pdf.worker.ts', import.meta.url), { type: 'module', name: 'pdf' }),
);

/** Any document kind of the pipeline, as a PDF Blob. */
export async function renderPdf<K extends DocumentKind>(kind: K, input: DocumentInput<K>): Promise<Blob> {
  const bytes = await client.call((api) => api.render(kind, input));
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });
}

export const renderTestPdf = (text: TestDocumentText) => renderPdf('testDocument', text);
export const renderApplicationCopyPdf = (input: ApplicationCopyInput) => renderPdf('applicationCopy', input);
/** A payment receipt; `input.receipt` is the server's view, labels come from the dictionary. */
export const renderReceiptPdf = (input: ReceiptPdfInput) => renderPdf('receipt', input);

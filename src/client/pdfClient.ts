// The page's handle on the PDF worker. The worker, pdf-lib and fontkit load only on first use.
import type { PdfApi } from '../../workers/pdf.worker';
import type { TestDocumentText } from '../../workers/pdf/testDocument';
import { createWorkerClient } from './workerClient';

const client = createWorkerClient<PdfApi>(
  'PDF',
  () => new Worker(new URL('../../workers/pdf.worker.ts', import.meta.url), { type: 'module', name: 'pdf' }),
);

export async function renderTestPdf(text: TestDocumentText): Promise<Blob> {
  const bytes = await client.call((api) => api.testDocument(text));
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });
}

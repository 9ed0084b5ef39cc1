// PDF worker: renders documents off the main thread through the one pipeline in workers/pdf/documents.ts
// (a small PDF writer and the build-time subset font compiled into this bundle: nothing is fetched, so
// PDFs work offline).
import { expose, transfer } from 'comlink';
import { renderDocument, type DocumentInput, type DocumentKind } from './pdf/documents';

const api = {
  /** The PDF's bytes, handed over to the page instead of copied. */
  async render<K extends DocumentKind>(kind: K, input: DocumentInput<K>): Promise<Uint8Array> {
    const bytes = await renderDocument(kind, input);
    return transfer(bytes, [bytes.buffer as ArrayBuffer]);
  },
};

export type PdfApi = typeof api;
expose(api);

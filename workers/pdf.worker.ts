// PDF worker: renders documents with pdf-lib off the main thread. fontkit and the font load only here;
// both are precached, so PDFs work offline.
import { expose, transfer } from 'comlink';
import fontUrl from '@expo-google-fonts/pt-sans/400Regular/PTSans_400Regular.ttf?url';
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

const api = {
  async testDocument(text: TestDocumentText): Promise<Uint8Array> {
    const bytes = await renderTestDocument(await loadFont(), text);
    return transfer(bytes, [bytes.buffer as ArrayBuffer]);
  },
};

export type PdfApi = typeof api;
expose(api);

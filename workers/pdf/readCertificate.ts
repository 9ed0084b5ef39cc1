// Reads back what renderCertificate embedded: the signed canonical text and its signature. It does not
// judge them (the verifier does), so a tampered file still yields its tampered text to be called forged.
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { DATA_KEY, SIGNATURE_KEY } from './certificate';

export interface EmbeddedCertificate {
  data: string;
  signature: string;
}

/** The embedded document, or null for a PDF without one and for a file pdf-lib cannot read (swallowed). */
export async function readCertificate(bytes: Uint8Array): Promise<EmbeddedCertificate | null> {
  try {
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true });
    const info = pdf.context.lookup(pdf.context.trailerInfo.Info);
    if (!(info instanceof PDFDict)) return null;
    const read = (key: string) => {
      const value = info.lookup(PDFName.of(key));
      return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : null;
    };
    const data = read(DATA_KEY);
    const signature = read(SIGNATURE_KEY);
    return data !== null && signature !== null ? { data, signature } : null;
  } catch {
    return null;
  }
}

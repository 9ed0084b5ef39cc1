// Checks that need a file's whole content, after its type is known from the first bytes: a PDF must
// not be encrypted, an image must say how big it is. Tolerant: never throws, whatever the bytes. The
// PDF page count needs a parser (pdf-lib) and lives in pdfPages.ts, used by the validation worker only;
// the mock server repeats these cheap checks without carrying pdf-lib.
import type { FileKind } from './fileCheck';

export type ContentProblem = 'pdf_encrypted' | 'pdf_no_pages' | 'image_unreadable';

const latin1 = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);

/** The encryption dictionary is named in the trailer, which stays readable text even with object streams. */
export function pdfEncrypted(bytes: Uint8Array): boolean {
  return /\/Encrypt\s*(\d+\s+\d+\s+R|<<)/.test(latin1(bytes));
}

/** Width and height from a PNG header or a JPEG frame marker; null when they cannot be read. */
export function imageSize(bytes: Uint8Array, kind: 'png' | 'jpeg'): { width: number; height: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (kind === 'png') {
    if (bytes.length < 24 || latin1(bytes.subarray(12, 16)) !== 'IHDR') return null;
    const size = { width: view.getUint32(16), height: view.getUint32(20) };
    return size.width > 0 && size.height > 0 ? size : null;
  }
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1]!;
    const length = view.getUint16(at + 2);
    // SOF0..SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      const size = { height: view.getUint16(at + 5), width: view.getUint16(at + 7) };
      return size.width > 0 && size.height > 0 ? size : null;
    }
    if (length < 2) return null;
    at += 2 + length;
  }
  return null;
}

export function quickContentProblem(kind: FileKind, bytes: Uint8Array): ContentProblem | null {
  if (kind === 'pdf') return pdfEncrypted(bytes) ? 'pdf_encrypted' : null;
  if (kind === 'png' || kind === 'jpeg') return imageSize(bytes, kind) ? null : 'image_unreadable';
  return null;
}

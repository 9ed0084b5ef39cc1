// Checks that need a file's whole content, after its type is known from the first bytes: a PDF must
// not be encrypted, must have pages and must carry no active content (scripts, launch actions, embedded
// files); an image must say how big it is. Tolerant: never throws, whatever the bytes. The validation
// worker and the mock server run the same check: the PDF structure reader is small (no pdf-lib).
import type { FileKind } from './fileCheck';
import { readPdf } from './pdf/readPdf';

export type ContentProblem = 'pdf_encrypted' | 'pdf_no_pages' | 'pdf_active_content' | 'image_unreadable';

const latin1 = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);

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

/** Encryption first (its refusal says what to do), then active content, then pages. */
export async function contentProblem(kind: FileKind, bytes: Uint8Array): Promise<ContentProblem | null> {
  if (kind === 'png' || kind === 'jpeg') return imageSize(bytes, kind) ? null : 'image_unreadable';
  if (kind !== 'pdf') return null;
  const facts = await readPdf(bytes);
  if (!facts) return 'pdf_no_pages';
  if (facts.encrypted) return 'pdf_encrypted';
  if (facts.active.length > 0) return 'pdf_active_content';
  return facts.pages > 0 ? null : 'pdf_no_pages';
}

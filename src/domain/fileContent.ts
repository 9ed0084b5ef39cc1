// Checks that need a file's whole content, after its type is known from the first bytes: a PDF must
// not be encrypted, must have pages and must carry no active content (scripts, launch actions, embedded
// files); an image must say how big it is, stay within MAX_IMAGE_SIDE_PX and MAX_IMAGE_PIXELS, and
// decode (the caller's decoder, when it has one); no file may also be another format (a polyglot).
// Tolerant: never throws, whatever the bytes. The validation worker and the mock server run the same
// check: the PDF structure reader is small (no pdf-lib).
import type { ContentVerdict, FileKind, PolyglotPart } from './fileCheck';
import { readPdf } from './pdf/readPdf';

/** Longest side of an accepted image, in pixels. */
export const MAX_IMAGE_SIDE_PX = 12_000;
/** Largest accepted image area, in pixels (50 Mpx: about 200 MB once decoded). */
export const MAX_IMAGE_PIXELS = 50_000_000;

/** Decodes an image for real (createImageBitmap where there is one): true when it opens. */
export type ImageDecoder = (bytes: Uint8Array, mime: string) => Promise<boolean>;

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

/** Markers of other formats a viewer would find in an image: a PDF header (readers look anywhere in the first KB), a ZIP entry, HTML. */
const IMAGE_INTRUDERS: [PolyglotPart, RegExp][] = [
  ['pdf', /%PDF-\d/],
  // A local file header with a usual «version needed», or an end-of-directory record on disk 0: four bytes alone turn up in big photos.
  ['zip', /PK\x03\x04[\x0a\x14\x2d]\x00|PK\x05\x06\x00\x00\x00\x00/],
  ['html', /<(?:script|html|svg|iframe)[\s>/]/i],
];
/** After a PDF's last %%EOF nothing but whitespace belongs: a ZIP or HTML appended there makes a polyglot. */
const PDF_TAIL_INTRUDERS: [PolyglotPart, RegExp][] = [
  ['zip', /PK\x03\x04|PK\x05\x06/],
  ['html', /<(?:script|html|svg|iframe)[\s>/]/i],
];

/** The other format hidden in the file, or null. */
export function polyglotPart(kind: FileKind, bytes: Uint8Array): PolyglotPart | null {
  if (kind === 'png' || kind === 'jpeg') {
    const body = latin1(bytes);
    return IMAGE_INTRUDERS.find(([, marker]) => marker.test(body))?.[0] ?? null;
  }
  if (kind === 'pdf') {
    const body = latin1(bytes);
    const tail = body.slice(body.lastIndexOf('%%EOF') + 5);
    return PDF_TAIL_INTRUDERS.find(([, marker]) => marker.test(tail))?.[0] ?? null;
  }
  return null;
}

const IMAGE_MIME = { png: 'image/png', jpeg: 'image/jpeg' } as const;

/**
 * Polyglots first (the file is not what it says), then per type: for a PDF encryption (its refusal says
 * what to do), active content, pages; for an image the header's size, the limits, then a real decode.
 */
export async function contentProblem(kind: FileKind, bytes: Uint8Array, decode?: ImageDecoder): Promise<ContentVerdict | null> {
  const other = polyglotPart(kind, bytes);
  if (other) return { ok: false, code: 'polyglot', kind, other };
  if (kind === 'png' || kind === 'jpeg') {
    const size = imageSize(bytes, kind);
    if (!size) return { ok: false, code: 'image_unreadable', kind };
    if (size.width > MAX_IMAGE_SIDE_PX || size.height > MAX_IMAGE_SIDE_PX || size.width * size.height > MAX_IMAGE_PIXELS) {
      return { ok: false, code: 'image_too_large', kind, ...size };
    }
    if (decode && !(await decode(bytes, IMAGE_MIME[kind]).catch(() => false))) return { ok: false, code: 'image_unreadable', kind };
    return null;
  }
  if (kind === 'json' || kind === 'xml') return textReadable(kind, bytes) ? null : { ok: false, code: 'text_unreadable', kind };
  if (kind !== 'pdf') return null;
  const facts = await readPdf(bytes);
  const problem = !facts ? 'pdf_no_pages' : facts.encrypted ? 'pdf_encrypted' : facts.active.length > 0 ? 'pdf_active_content' : facts.pages > 0 ? null : 'pdf_no_pages';
  return problem ? { ok: false, code: problem, kind } : null;
}

/** UTF-8 throughout, and whole: JSON that parses, XML that closes its last tag. */
function textReadable(kind: 'json' | 'xml', bytes: Uint8Array): boolean {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).trim();
    if (kind === 'xml') {
      // The root element (the first tag that is not a declaration or a comment) must be closed at the end.
      const root = /<([A-Za-z_][\w.:-]*)[^>]*?(\/?)>/.exec(text.replace(/<[?!][^>]*>/g, ''));
      return !!root && (root[2] === '/' ? text.endsWith('/>') : text.endsWith(`</${root[1]}>`));
    }
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

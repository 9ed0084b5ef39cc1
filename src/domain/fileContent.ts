// Checks that need a file's whole content, after its type is known from the first bytes: a PDF must
// not be encrypted, must have pages and must carry no active content (scripts, launch actions, embedded
// files); an image must say how big it is, stay within MAX_IMAGE_SIDE_PX and MAX_IMAGE_PIXELS, and
// decode (the caller's decoder, when it has one); no file may also be another format (a polyglot).
// Tolerant: never throws, whatever the bytes. The validation worker and the mock server run the same
// check: the PDF structure reader is small (no pdf-lib).
import type { ContentVerdict, FileKind, PolyglotPart } from './fileCheck';
import { imageExtent } from './imageExtent';
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

// Markers are found by scanning the bytes for their first byte (native indexOf) and checking the rest in
// place: turning 5 MB into a string and running regular expressions over it cost ~100 ms a file.
type Marker = (bytes: Uint8Array, at: number) => boolean;
const code = (text: string) => Array.from(text, (c) => c.charCodeAt(0));
const startsWith = (bytes: Uint8Array, at: number, expected: readonly number[]) => expected.every((byte, i) => bytes[at + i] === byte);
const DIGIT = (byte: number | undefined) => byte !== undefined && byte >= 0x30 && byte <= 0x39;
/** What a regular expression's \s matches among single bytes read as Latin-1. */
const SPACE = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0]);
const TAGS = ['script', 'html', 'svg', 'iframe'].map(code);
/** The tags' first letters: a '<' followed by anything else (nearly every one in a photo) is passed at once. */
const TAG_FIRST = new Set(TAGS.map((tag) => tag[0]!));

const [PDF_HEAD, ZIP_ENTRY, ZIP_END, ZIP_END_DISK0] = ['%PDF-', 'PK\x03\x04', 'PK\x05\x06', 'PK\x05\x06\x00\x00\x00\x00'].map(code) as [
  number[],
  number[],
  number[],
  number[],
];

const pdfHeader: Marker = (bytes, at) => startsWith(bytes, at, PDF_HEAD) && DIGIT(bytes[at + 5]);
/** A ZIP local file header or an end-of-directory record. */
const zipAny: Marker = (bytes, at) => startsWith(bytes, at, ZIP_ENTRY) || startsWith(bytes, at, ZIP_END);
/** The same, with a usual «version needed» or on disk 0: four bytes alone turn up in big photos. */
const zipStrict: Marker = (bytes, at) =>
  (startsWith(bytes, at, ZIP_ENTRY) && [0x0a, 0x14, 0x2d].includes(bytes[at + 4]!) && bytes[at + 5] === 0) || startsWith(bytes, at, ZIP_END_DISK0);
/** `<script`, `<html`, `<svg` or `<iframe` in any case, then a space, `>` or `/`. */
const htmlTag: Marker = (bytes, at) =>
  TAG_FIRST.has(bytes[at + 1]! | 0x20) &&
  TAGS.some((tag) => {
    if (!tag.every((byte, i) => (bytes[at + 1 + i]! | 0x20) === byte)) return false;
    const after = bytes[at + 1 + tag.length];
    return after !== undefined && (SPACE.has(after) || after === 0x3e || after === 0x2f);
  });

function found(bytes: Uint8Array, lead: number, marker: Marker): boolean {
  for (let at = bytes.indexOf(lead); at !== -1; at = bytes.indexOf(lead, at + 1)) if (marker(bytes, at)) return true;
  return false;
}

/** PDF readers take a file whose header starts anywhere in its first KB. */
const PDF_HEAD_WINDOW = 1024;
/** ZIP readers open a file from its end-of-directory record: 22 bytes and a comment of at most 65,535. */
const ZIP_TAIL_WINDOW = 22 + 65_535;

/**
 * Markers of other formats a reader would open in an image, where that reader looks: a PDF header in the
 * first KB, a ZIP record in the last 64 KB, HTML anywhere (a page would run a script wherever it stands).
 * Only HTML needs the whole file read: in a 5 MB photo each marker's first byte turns up ~20,000 times,
 * and scanning all of it for the three made an image's check 15 ms instead of 8 (issue 15's file check).
 */
const IMAGE_INTRUDERS: [PolyglotPart, number, Marker, (bytes: Uint8Array) => Uint8Array][] = [
  ['pdf', 0x25, pdfHeader, (bytes) => bytes.subarray(0, PDF_HEAD_WINDOW + PDF_HEAD.length + 1)],
  ['zip', 0x50, zipStrict, (bytes) => bytes.subarray(Math.max(0, bytes.length - ZIP_TAIL_WINDOW))],
  ['html', 0x3c, htmlTag, (bytes) => bytes],
];
/** After a PDF's last %%EOF nothing but whitespace belongs: a ZIP or HTML appended there makes a polyglot. */
const PDF_TAIL_INTRUDERS: [PolyglotPart, number, Marker][] = [
  ['zip', 0x50, zipAny],
  ['html', 0x3c, htmlTag],
];
const EOF = code('%%EOF');

function lastEof(bytes: Uint8Array): number {
  for (let at = bytes.lastIndexOf(0x25); at !== -1; at = at > 0 ? bytes.lastIndexOf(0x25, at - 1) : -1) if (startsWith(bytes, at, EOF)) return at;
  return -1;
}

/** The other format hidden in the file, or null. */
export function polyglotPart(kind: FileKind, bytes: Uint8Array): PolyglotPart | null {
  if (kind === 'png' || kind === 'jpeg') return IMAGE_INTRUDERS.find(([, lead, marker, part]) => found(part(bytes), lead, marker))?.[0] ?? null;
  if (kind === 'pdf') {
    const tail = bytes.subarray(lastEof(bytes) + EOF.length);
    return PDF_TAIL_INTRUDERS.find(([, lead, marker]) => found(tail, lead, marker))?.[0] ?? null;
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
    const own = bytes.subarray(0, imageExtent(bytes, kind));
    if (decode && !(await decode(own, IMAGE_MIME[kind]).catch(() => false))) return { ok: false, code: 'image_unreadable', kind };
    return null;
  }
  if (kind === 'json' || kind === 'xml') return textReadable(kind, bytes) ? null : { ok: false, code: 'text_unreadable', kind };
  if (kind !== 'pdf') return null;
  const facts = await readPdf(bytes);
  const problem = !facts
    ? 'pdf_no_pages'
    : facts.encrypted
      ? 'pdf_encrypted'
      : facts.active.length > 0
        ? 'pdf_active_content'
        : facts.pages > 0
          ? null
          : 'pdf_no_pages';
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

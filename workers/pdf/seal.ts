// The authority's seal over a whole PDF file, ByteRange style (as PDF signatures do it): the file is
// written with a signature dictionary whose /Contents is a placeholder, then every byte except that
// placeholder is signed and the signature written into it. Any change to any other byte — a flipped
// bit, another date on the page, a replaced font, an appended incremental update, a cut-off end — makes
// the signature fail or the byte range disagree with the file. The signer is passed in: this module
// never holds a key.
import type { PdfDocument } from './pdfDocument';
import { pdfDate, pdfText } from './pdfDocument';

/** ECDSA P-256 signature, r||s: 64 bytes, written as 128 hex digits. */
const SIGNATURE_BYTES = 64;
const PLACEHOLDER = '0'.repeat(SIGNATURE_BYTES * 2);
/** Each ByteRange number is written in a fixed width, so filling it in moves no byte. */
const NUMBER_WIDTH = 10;
const RANGE_PLACEHOLDER = `[0 ${'0'.repeat(NUMBER_WIDTH)} ${'0'.repeat(NUMBER_WIDTH)} ${'0'.repeat(NUMBER_WIDTH)}]`;

export const SEAL_KEY = 'OknoSeal';

/** Adds the signature dictionary (linked from the catalog as /OknoSeal) with its placeholders. */
export function reserveSeal(pdf: PdfDocument, seal: { keyId: string; signedAt: Date; authority: string }): void {
  pdf.addCatalogObject(SEAL_KEY, 'seal', () => ({
    text:
      `<< /Type /Sig /Filter /Okno.Authority /SubFilter /okno.ecdsa-p256-sha256 /Name ${pdfText(seal.keyId)}` +
      ` /Location ${pdfText(seal.authority)} /M ${pdfDate(seal.signedAt)} /ByteRange ${RANGE_PLACEHOLDER} /Contents <${PLACEHOLDER}> >>`,
  }));
}

const latin1 = (bytes: Uint8Array) => Array.from(bytes, (b) => String.fromCharCode(b)).join('');
const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** The bytes a seal covers: everything before and after the /Contents hex string. */
function covered(file: Uint8Array, [a, b, c, d]: number[]): Uint8Array {
  const out = new Uint8Array(b! + d!);
  out.set(file.subarray(a!, a! + b!), 0);
  out.set(file.subarray(c!, c! + d!), b!);
  return out;
}

/** Fills in the byte range and the signature of a file written with reserveSeal. */
export async function sealPdf(file: Uint8Array, sign: (covered: Uint8Array) => Promise<Uint8Array>): Promise<Uint8Array> {
  const text = latin1(file);
  const rangeAt = text.lastIndexOf(`/ByteRange ${RANGE_PLACEHOLDER}`);
  const contentsAt = text.indexOf(`/Contents <${PLACEHOLDER}>`, rangeAt);
  if (rangeAt < 0 || contentsAt < 0) throw new Error('The PDF has no seal placeholder');
  const holeStart = contentsAt + '/Contents '.length;
  const holeEnd = holeStart + PLACEHOLDER.length + 2;
  const range = [0, holeStart, holeEnd, file.length - holeEnd];
  const sealed = file.slice();
  const rangeText = `[${range.map((n, i) => (i === 0 ? '0' : String(n).padStart(NUMBER_WIDTH, '0'))).join(' ')}]`;
  sealed.set(
    Uint8Array.from(rangeText, (ch) => ch.charCodeAt(0)),
    rangeAt + '/ByteRange '.length,
  );
  const signature = await sign(covered(sealed, range));
  if (signature.length !== SIGNATURE_BYTES) throw new Error('The signer returned a signature of the wrong size');
  sealed.set(
    Uint8Array.from(hex(signature), (ch) => ch.charCodeAt(0)),
    holeStart + 1,
  );
  return sealed;
}

export type SealReading =
  | { kind: 'sealed'; covered: Uint8Array; signature: Uint8Array; keyId: string; data: string | null }
  /** An Okno certificate of the format before whole-file seals: data and signature in the Info only. */
  | { kind: 'legacy' }
  /** No seal and no Okno data: not a document issued by Okno. */
  | { kind: 'none' }
  /** Bytes were added after the sealed file's end (an incremental update, anything appended). */
  | { kind: 'appended' }
  /** The file is cut short, or its seal cannot be read: nothing can be checked. */
  | { kind: 'unreadable' };

/** Unescapes a PDF literal string's \\, \( and \) (all that pdfText writes for ASCII). */
const unescapeLiteral = (s: string) => s.replace(/\\([\\()])/g, '$1');

/** The certified data embedded as /OknoData in the Info dictionary, or null. */
function embeddedData(text: string): string | null {
  const m = /\/OknoData \(((?:[^\\()]|\\[\\()])*)\)/.exec(text);
  return m ? unescapeLiteral(m[1]!) : null;
}

/** Reads, but does not judge, a file's seal: the verifier checks the signature with the authority's key. */
export function readSeal(file: Uint8Array): SealReading {
  const text = latin1(file);
  if (!text.startsWith('%PDF-')) return { kind: 'unreadable' };
  const sealAt = text.indexOf(`/${SEAL_KEY} `);
  const rangeMatch = /\/ByteRange \[0 (\d{10}) (\d{10}) (\d{10})\]/.exec(text);
  if (sealAt < 0 && !rangeMatch) {
    if (!/%%EOF\s*$/.test(text)) return { kind: 'unreadable' };
    return embeddedData(text) !== null ? { kind: 'legacy' } : { kind: 'none' };
  }
  if (!rangeMatch) return { kind: 'unreadable' };
  const [b, c, d] = rangeMatch.slice(1).map(Number) as [number, number, number];
  const end = c + d;
  if (b <= 0 || c <= b || file.length < end || !/%%EOF\s*$/.test(text)) return { kind: 'unreadable' };
  if (file.length > end) return { kind: 'appended' };
  const hole = text.slice(b, c);
  if (!/^<[0-9a-f]{128}>$/.test(hole)) return { kind: 'unreadable' };
  const signature = Uint8Array.from(hole.slice(1, -1).match(/../g)!, (h) => parseInt(h, 16));
  const keyId = /\/Type \/Sig [^]*?\/Name \(([A-Za-z0-9_-]*)\)/.exec(text)?.[1] ?? '';
  return { kind: 'sealed', covered: covered(file, [0, b, c, d]), signature, keyId, data: embeddedData(text) };
}

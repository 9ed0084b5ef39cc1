// Byte-level helpers for the PDF structure reader: finding keywords and cutting text out of a
// Uint8Array without decoding the whole file (a 5 MB latin1 decode alone costs more than the check).

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);

export const isWhite = (byte: number | undefined) => byte !== undefined && WHITESPACE.has(byte);
export const isDigit = (byte: number | undefined) => byte !== undefined && byte >= 0x30 && byte <= 0x39;
/** End of a keyword: whitespace, a delimiter or the end of the file. */
export const endsToken = (byte: number | undefined) => byte === undefined || WHITESPACE.has(byte) || DELIMITERS.has(byte);

export const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

/** First index of `pattern` in `bytes` at or after `from`, or -1; the first byte is found natively. */
export function find(bytes: Uint8Array, pattern: Uint8Array, from = 0, until = bytes.length): number {
  const first = pattern[0]!;
  const last = until - pattern.length;
  let at = bytes.indexOf(first, from);
  while (at >= 0 && at <= last) {
    let i = 1;
    while (i < pattern.length && bytes[at + i] === pattern[i]) i++;
    if (i === pattern.length) return at;
    at = bytes.indexOf(first, at + 1);
  }
  return -1;
}

/** Latin-1 text of a (small) slice: one char per byte, as PDF syntax is read. */
export function text(bytes: Uint8Array, start: number, end: number): string {
  let out = '';
  for (let at = start; at < end; at += 8192) {
    out += String.fromCharCode(...bytes.subarray(at, Math.min(end, at + 8192)));
  }
  return out;
}

/** The integer written just before `at` (skipping whitespace), with where it starts; null if none. */
export function integerBefore(bytes: Uint8Array, at: number): { value: number; start: number } | null {
  let end = at;
  while (end > 0 && isWhite(bytes[end - 1])) end--;
  let start = end;
  while (start > 0 && isDigit(bytes[start - 1])) start--;
  if (start === end || end - start > 10) return null;
  return { value: Number(text(bytes, start, end)), start };
}

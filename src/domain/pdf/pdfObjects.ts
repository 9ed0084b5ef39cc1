// Object scan of a PDF: every «N G obj … endobj» in file order, its dictionary as text and where its
// stream lies, plus every trailer dictionary (classic «trailer <<…>>» and cross-reference streams).
// Scanning instead of following the xref table reads damaged, linearized and incrementally updated files
// alike: a later definition of an object is a later update. Stream data is skipped, never decoded here.
import { ascii, endsToken, find, integerBefore, isWhite, text } from './pdfBytes';

export interface PdfObject {
  num: number;
  gen: number;
  /** Byte offset of the definition: the later one wins (incremental updates append). */
  at: number;
  /** The object's value as latin1 text (its dictionary, for a stream). */
  body: string;
  stream?: { start: number; end: number };
}

export interface PdfScan {
  objects: PdfObject[];
  /** Trailer dictionaries in file order, cross-reference stream dictionaries included. */
  trailers: string[];
}

const OBJ = ascii('obj');
const STREAM = ascii('stream');
const ENDSTREAM = ascii('endstream');
const ENDOBJ = ascii('endobj');
const TRAILER = ascii('trailer');
/** A dictionary longer than this is no dictionary a real file has: stop reading it there. */
const MAX_BODY_BYTES = 1024 * 1024;

const startsAt = (bytes: Uint8Array, at: number, word: Uint8Array) => word.every((b, i) => bytes[at + i] === b);

/** «N G obj» whose «obj» is at `at`: the numbers, or null when the bytes there are something else. */
function objectHeader(bytes: Uint8Array, at: number): { num: number; gen: number; start: number } | null {
  if (!endsToken(bytes[at + 3]) || !isWhite(bytes[at - 1])) return null;
  const gen = integerBefore(bytes, at);
  if (!gen || !isWhite(bytes[gen.start - 1])) return null;
  const num = integerBefore(bytes, gen.start);
  if (!num || (num.start > 0 && !endsToken(bytes[num.start - 1]))) return null;
  return { num: num.value, gen: gen.value, start: num.start };
}

/**
 * Walks a value from `from` to the keyword that ends it («stream» or «endobj»), or, with `dictOnly`,
 * to the end of the dictionary it opens; string literals, hex strings and comments are skipped so a
 * keyword inside them does not count. Returns the end offset and what ended it.
 */
function walk(bytes: Uint8Array, from: number, dictOnly: boolean): { end: number; by: 'stream' | 'endobj' | 'dict' | 'eof' } {
  const limit = Math.min(bytes.length, from + MAX_BODY_BYTES);
  let depth = 0;
  let at = from;
  while (at < limit) {
    const byte = bytes[at]!;
    if (byte === 0x28 /* ( */) {
      let nest = 0;
      for (; at < limit; at++) {
        const c = bytes[at];
        if (c === 0x5c /* \ */) at++;
        else if (c === 0x28) nest++;
        else if (c === 0x29 && --nest === 0) break;
      }
    } else if (byte === 0x25 /* % */) {
      while (at < limit && bytes[at] !== 0x0a && bytes[at] !== 0x0d) at++;
    } else if (byte === 0x3c /* < */) {
      if (bytes[at + 1] === 0x3c) {
        depth++;
        at++;
      } else {
        while (at < limit && bytes[at] !== 0x3e) at++;
      }
    } else if (byte === 0x3e /* > */ && bytes[at + 1] === 0x3e) {
      depth--;
      at++;
      if (dictOnly && depth <= 0) return { end: at + 1, by: 'dict' };
    } else if (
      !dictOnly &&
      byte === 0x73 /* s */ &&
      startsAt(bytes, at, STREAM) &&
      endsToken(bytes[at + 6]) &&
      (at === 0 || endsToken(bytes[at - 1]))
    ) {
      return { end: at, by: 'stream' };
    } else if (!dictOnly && byte === 0x65 /* e */ && startsAt(bytes, at, ENDOBJ)) {
      return { end: at, by: 'endobj' };
    }
    at++;
  }
  return { end: limit, by: 'eof' };
}

/** Where a stream's data ends: at /Length when «endstream» follows it, else at the next «endstream». */
function streamEnd(bytes: Uint8Array, start: number, dict: string): number {
  const direct = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dict);
  if (direct) {
    const end = start + Number(direct[1]);
    if (end <= bytes.length && find(bytes, ENDSTREAM, end, Math.min(bytes.length, end + 16 + ENDSTREAM.length)) >= 0) return end;
  }
  const found = find(bytes, ENDSTREAM, start);
  return found < 0 ? bytes.length : found;
}

function collectTrailers(bytes: Uint8Array, from: number, to: number, trailers: string[]): void {
  let at = find(bytes, TRAILER, from, to);
  while (at >= 0) {
    const dictStart = bytes.indexOf(0x3c, at + TRAILER.length);
    if (dictStart < 0) return;
    const { end } = walk(bytes, dictStart, true);
    trailers.push(text(bytes, dictStart, end));
    at = find(bytes, TRAILER, end, to);
  }
}

export function scanObjects(bytes: Uint8Array): PdfScan {
  const objects: PdfObject[] = [];
  const trailers: string[] = [];
  let pos = 0;
  for (;;) {
    const at = find(bytes, OBJ, pos);
    const header = at < 0 ? null : objectHeader(bytes, at);
    collectTrailers(bytes, pos, at < 0 ? bytes.length : (header?.start ?? at), trailers);
    if (at < 0) break;
    if (!header) {
      pos = at + OBJ.length;
      continue;
    }
    const { end, by } = walk(bytes, at + OBJ.length, false);
    const object: PdfObject = { num: header.num, gen: header.gen, at: header.start, body: text(bytes, at + OBJ.length, end).trim() };
    pos = end;
    if (by === 'stream') {
      let start = end + STREAM.length;
      if (bytes[start] === 0x0d) start++;
      if (bytes[start] === 0x0a) start++;
      const dataEnd = streamEnd(bytes, start, object.body);
      object.stream = { start, end: dataEnd };
      pos = dataEnd;
      if (/\/Type\s*\/XRef(?![A-Za-z])/.test(object.body)) trailers.push(object.body);
    }
    objects.push(object);
  }
  return { objects, trailers };
}

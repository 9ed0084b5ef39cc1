// The characters a document (PDF) can print: the font is subset to exactly these at build time
// (workers/pdf/font/documentFontPlugin.ts), and the input rules refuse anything else, so what a PDF
// shows is always what the screen showed. Never widen one without the other: the build fails when the
// font lacks a character listed here.

/** Inclusive code point ranges. */
export const DOCUMENT_CHARACTER_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e], // Basic Latin: letters, digits, ASCII punctuation
  [0xa0, 0xff], // Latin-1: no-break space, «», №-free symbols (°, §, ©), accented letters
  [0x401, 0x40c], // Cyrillic capitals Ё…Ќ (U+0400 Ѐ and U+040D Ѝ are not in PT Sans)
  [0x40e, 0x44f], // Ў Џ, А–Я, а–я
  [0x451, 0x45c], // ё…ќ
  [0x45e, 0x45f], // ў џ
  [0x490, 0x491], // Ґ ґ
  [0x2013, 0x2014], // – —
  [0x2018, 0x201a], // ‘ ’ ‚
  [0x201c, 0x201e], // “ ” „
  [0x2022, 0x2022], // •
  [0x2026, 0x2026], // …
  [0x2116, 0x2116], // №
  [0x20ac, 0x20ac], // €
  [0x20bd, 0x20bd], // ₽
];

export const isDocumentCharacter = (codePoint: number) => DOCUMENT_CHARACTER_RANGES.some(([from, to]) => codePoint >= from && codePoint <= to);

/** Every code point of the ranges, in order. */
export function documentCodePoints(): number[] {
  return DOCUMENT_CHARACTER_RANGES.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => from + i));
}

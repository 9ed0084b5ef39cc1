// The one document font at run time: text → glyph ids and widths from the build-time tables, and the
// PDF objects that embed it (Type0 / CIDFontType2 with Identity-H, /W widths, a ToUnicode map so text
// can be copied and searched, the subset TrueType as FontFile2). No font library is needed here.
import { CODE_POINTS, FONT_FILE_DEFLATED, FONT_FILE_LENGTH, GLYPH_IDS, METRICS, WIDTHS } from 'virtual:okno-document-font';

const GLYPH_OF = new Map(CODE_POINTS.map((cp, i) => [cp, GLYPH_IDS[i]!]));
/**
 * Drawn for a character the font lacks. Input rules (src/domain/documentText.ts) refuse such characters,
 * so only data stored before them can reach this; a visible «?» says something is missing, where a
 * dropped character would silently change the text.
 */
const FALLBACK_GLYPH = GLYPH_OF.get(0x3f)!;
/** Typographic spaces the font lacks are drawn as a plain space (Intl formats money with U+202F). */
const SPACES = /[\u2000-\u200a\u202f\u205f]/g;

export interface DocumentFont {
  /** Glyph ids of the text, one per character. */
  glyphs(text: string): number[];
  widthOfTextAtSize(text: string, size: number): number;
}

export const documentFont: DocumentFont = {
  glyphs: (text) => Array.from(text.replace(SPACES, ' '), (c) => GLYPH_OF.get(c.codePointAt(0)!) ?? FALLBACK_GLYPH),
  widthOfTextAtSize(text, size) {
    return (this.glyphs(text).reduce((sum, g) => sum + (WIDTHS[g] ?? 0), 0) * size) / 1000;
  },
};

/** The string operand of Tj for Identity-H: two bytes per glyph id, as hex. */
export const glyphHex = (glyphs: number[]) => glyphs.map((g) => g.toString(16).padStart(4, '0')).join('');

const hex4 = (n: number) => n.toString(16).padStart(4, '0');
function utf16Hex(codePoint: number): string {
  const s = String.fromCodePoint(codePoint);
  return Array.from({ length: s.length }, (_, i) => hex4(s.charCodeAt(i))).join('');
}

/** ToUnicode CMap: each glyph back to its character, in blocks of at most 100 as the format asks. */
export function toUnicodeCMap(): string {
  const pairs = CODE_POINTS.map((cp, i) => `<${hex4(GLYPH_IDS[i]!)}> <${utf16Hex(cp)}>`);
  const blocks: string[] = [];
  for (let i = 0; i < pairs.length; i += 100) {
    const block = pairs.slice(i, i + 100);
    blocks.push(`${block.length} beginbfchar\n${block.join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange\n<0000> <ffff>\nendcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

export const FONT_FILE = { deflatedBase64: FONT_FILE_DEFLATED, length: FONT_FILE_LENGTH };

/** Font dictionaries as PDF source; `ref(name)` gives the reference of the object called `name`. */
export function fontObjects(ref: (name: 'descendant' | 'descriptor' | 'file' | 'toUnicode') => string) {
  // A subset font's name starts with six capital letters and «+» (PDF 32000-1, 9.6.4).
  const name = `/OKNOAA+${METRICS.name}`;
  return {
    type0: `<< /Type /Font /Subtype /Type0 /BaseFont ${name} /Encoding /Identity-H /DescendantFonts [${ref('descendant')}] /ToUnicode ${ref('toUnicode')} >>`,
    descendant:
      `<< /Type /Font /Subtype /CIDFontType2 /BaseFont ${name} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>` +
      ` /FontDescriptor ${ref('descriptor')} /CIDToGIDMap /Identity /DW 1000 /W [0 [${WIDTHS.join(' ')}]] >>`,
    descriptor:
      `<< /Type /FontDescriptor /FontName ${name} /Flags 32 /FontBBox [${METRICS.bbox.join(' ')}] /ItalicAngle ${METRICS.italicAngle}` +
      ` /Ascent ${METRICS.ascent} /Descent ${METRICS.descent} /CapHeight ${METRICS.capHeight} /StemV 80 /FontFile2 ${ref('file')} >>`,
  };
}

// The build-time font module made by documentFontPlugin.ts.
declare module 'virtual:okno-document-font' {
  export const METRICS: {
    name: string;
    ascent: number;
    descent: number;
    capHeight: number;
    italicAngle: number;
    bbox: number[];
  };
  /** Code points the font covers, in DOCUMENT_CHARACTER_RANGES order; GLYPH_IDS[i] draws CODE_POINTS[i]. */
  export const CODE_POINTS: number[];
  export const GLYPH_IDS: number[];
  /** Advance width of each glyph id, in 1/1000 em. */
  export const WIDTHS: number[];
  /** Size of the TrueType file before compression (the PDF's /Length1). */
  export const FONT_FILE_LENGTH: number;
  /** The subset TrueType file, zlib-deflated (FlateDecode), base64. */
  export const FONT_FILE_DEFLATED: string;
}

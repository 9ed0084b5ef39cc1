import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { renderTestDocument } from './testDocument';

describe('test PDF', () => {
  it('renders a real one-page PDF with a subset Cyrillic font', async () => {
    const bytes = await renderTestDocument({
      title: 'Проверка печати',
      lines: ['Съешь же ещё этих мягких французских булок', 'Okno — ёлка, щука, Ъ'],
      language: 'ru',
    });
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
    const parsed = await PDFDocument.load(bytes);
    expect(parsed.getPageCount()).toBe(1);
    expect(parsed.getTitle()).toBe('Проверка печати');
    // Subsetting keeps only the glyphs used: far smaller than the 270 KB font file.
    expect(bytes.length).toBeLessThan(60_000);
    // A ToUnicode map is what lets viewers and tools extract the Cyrillic text.
    const fonts = parsed.context
      .enumerateIndirectObjects()
      .map(([, object]) => object)
      .filter((object): object is PDFDict => object instanceof PDFDict && object.get(PDFName.of('Type')) === PDFName.of('Font'));
    expect(fonts.some((font) => font.has(PDFName.of('ToUnicode')))).toBe(true);
  });
});

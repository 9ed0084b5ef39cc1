import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { doubleExtension, MAX_FILE_NAME_CHARS, shortenFileName } from './fileName';

describe('shortenFileName', () => {
  it('keeps short names as they are', () => {
    expect(shortenFileName('Паспорт, стр. 2.pdf')).toBe('Паспорт, стр. 2.pdf');
  });

  it('cuts a 240-character name to 100 keeping the extension (sending looped on such names)', () => {
    const short = shortenFileName(`${'Скан паспорта '.repeat(17)}.jpg`);
    expect(Array.from(short)).toHaveLength(MAX_FILE_NAME_CHARS);
    expect(short.endsWith('….jpg')).toBe(true);
    expect(short.startsWith('Скан паспорта Скан')).toBe(true);
  });

  it('never splits an emoji and never goes over the limit, whatever the name', () => {
    expect(shortenFileName(`${'😀'.repeat(150)}.png`)).toBe(`${'😀'.repeat(95)}….png`);
    fc.assert(
      fc.property(fc.string({ maxLength: 400, unit: 'grapheme' }), (name) => {
        const short = shortenFileName(name);
        expect(Array.from(short).length).toBeLessThanOrEqual(MAX_FILE_NAME_CHARS);
        expect(short.length).toBeLessThanOrEqual(2 * MAX_FILE_NAME_CHARS);
        // No broken surrogate pair turned into U+FFFD (unless the name had one of its own).
        if (!name.includes('\uFFFD')) expect(short.includes('\uFFFD')).toBe(false);
      }),
    );
  });
});

describe('doubleExtension', () => {
  it.each([
    ['invoice.pdf.exe', { shown: 'pdf', real: 'exe' }],
    ['photo.JPG.scr', { shown: 'jpg', real: 'scr' }],
    ['scan.pdf .js', { shown: 'pdf', real: 'js' }],
  ])('names %s as pretending', (name, found) => {
    expect(doubleExtension(name)).toEqual(found);
  });

  it.each(['invoice.pdf', 'Справка от 01.02.2024.pdf', 'scan.v2.png', 'photo.jpg.png', 'report.pdf.'])('lets the honest name %s pass', (name) => {
    expect(doubleExtension(name)).toBeNull();
  });
});

// The image's own bytes, so the decoder is not handed what trails it: the samples end where their files
// end, appended data does not move the end, and damaged headers fall back to the whole file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { imageExtent } from './imageExtent';

const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, '../../test/fixtures/files', name)));
const withTail = (bytes: Uint8Array, tail: Uint8Array) => {
  const out = new Uint8Array(bytes.length + tail.length);
  out.set(bytes);
  out.set(tail, bytes.length);
  return out;
};
const junk = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 7919) % 256);

describe('imageExtent', () => {
  for (const [name, kind] of [
    ['sample.png', 'png'],
    ['sample.jpg', 'jpeg'],
  ] as const) {
    it(`${name}: ends at its end marker, also with data appended`, () => {
      const bytes = fixture(name);
      const end = imageExtent(bytes, kind);
      expect(end).toBeGreaterThan(100);
      expect(end).toBeLessThanOrEqual(bytes.length);
      expect(imageExtent(withTail(bytes.subarray(0, end), junk), kind)).toBe(end);
    });
  }

  it('a JPEG scan with stuffed bytes and restart markers runs on to the end-of-image marker', () => {
    const scan = [0xff, 0xd8, 0xff, 0xda, 0x00, 0x04, 0x01, 0x02, 0x11, 0xff, 0x00, 0x22, 0xff, 0xd0, 0x33, 0xff, 0xd9];
    expect(imageExtent(withTail(Uint8Array.from(scan), junk), 'jpeg')).toBe(scan.length);
  });

  it('damaged or cut files are decoded whole', () => {
    expect(imageExtent(Uint8Array.from([0xff, 0xd8, 0x00, 0x01, 0x02]), 'jpeg')).toBe(5);
    const png = fixture('sample.png');
    expect(imageExtent(png.subarray(0, 40), 'png')).toBe(40);
  });
});

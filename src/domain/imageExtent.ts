// Where an image's own data ends: a PNG at its IEND chunk, a JPEG at its end-of-image marker. The decoder
// is given only that much, because Chromium's createImageBitmap reads a whole blob first — 200–470 ms
// for a small photo followed by 5 MB of anything, 5 ms for the photo alone. What follows the image has
// its own check (polyglots). Tolerant: on anything unexpected the whole file is the extent.
const PNG_SIGNATURE_BYTES = 8;
const IEND = [0x49, 0x45, 0x4e, 0x44];

function pngExtent(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = PNG_SIGNATURE_BYTES;
  while (at + 12 <= bytes.length) {
    const length = view.getUint32(at);
    const end = at + 12 + length; // length, type, data, CRC
    if (IEND.every((byte, i) => bytes[at + 4 + i] === byte)) return Math.min(end, bytes.length);
    at = end;
  }
  return bytes.length;
}

/** Markers without a length: TEM, RST0–RST7 (and SOI). */
const standalone = (marker: number) => marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8);

function jpegExtent(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 2;
  while (at + 1 < bytes.length) {
    if (bytes[at] !== 0xff) return bytes.length;
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === 0xd9) return at + 2; // end of image
    if (standalone(marker)) {
      at += 2;
      continue;
    }
    if (at + 4 > bytes.length) return bytes.length;
    at += 2 + view.getUint16(at + 2);
    if (marker !== 0xda) continue;
    // After a start of scan the entropy-coded data runs to the next marker: 0xFF not followed by a
    // stuffed 0x00 or a restart marker.
    for (at = bytes.indexOf(0xff, at); at !== -1; at = bytes.indexOf(0xff, at + 1)) {
      const next = bytes[at + 1];
      if (next === undefined) return bytes.length;
      if (next !== 0x00 && !(next >= 0xd0 && next <= 0xd7)) break;
    }
    if (at === -1) return bytes.length;
  }
  return bytes.length;
}

/** Bytes of the image itself, from the start of the file. */
export function imageExtent(bytes: Uint8Array, kind: 'png' | 'jpeg'): number {
  return kind === 'png' ? pngExtent(bytes) : jpegExtent(bytes);
}

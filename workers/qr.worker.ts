// QR worker: finds and reads a QR code in a camera frame or a photo with jsQR (pure JS, because the
// browser's BarcodeDetector is missing on desktop and Linux Chromium), so the page never stalls while
// it searches. It only reads the text; what the text means is the page's business.
import { expose } from 'comlink';
import jsQR from 'jsqr';

/**
 * Photos are shrunk to at most this many pixels on the long side: jsQR's time grows with the area,
 * and a QR code large enough to be read in a phone photo stays readable at this size.
 */
const MAX_PHOTO_SIDE_PX = 1600;

type Inversion = 'dontInvert' | 'attemptBoth';
const read = (image: ImageData, inversion: Inversion) => jsQR(image.data, image.width, image.height, { inversionAttempts: inversion })?.data ?? null;

const api = {
  /** The text of the QR code in a video frame, or null. Frames come often, so no inverted pass. */
  decodeFrame(frame: ImageData): string | null {
    return read(frame, 'dontInvert');
  },
  /** The text of the QR code in a photo, or null; rejects when the image cannot be decoded at all. */
  async decodeImage(file: Blob): Promise<string | null> {
    const bitmap = await createImageBitmap(file);
    const scale = Math.min(1, MAX_PHOTO_SIDE_PX / Math.max(bitmap.width, bitmap.height));
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const context = new OffscreenCanvas(width, height).getContext('2d', { willReadFrequently: true });
    if (!context) throw new Error('2D canvas is not available in this worker');
    context.drawImage(bitmap, 0, 0, width, height);
    bitmap.close();
    // A photo is read once, so it is worth also trying light-on-dark codes (a screen in dark mode).
    return read(context.getImageData(0, 0, width, height), 'attemptBoth');
  },
};

export type QrApi = typeof api;
expose(api);

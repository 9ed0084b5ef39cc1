// The page's handle on the QR worker. The worker and jsQR load only when a QR code is first read,
// so the verification page opens without them.
import { transfer } from 'comlink';
import type { QrApi } from '../../workers/qr.worker';
import { createWorkerClient } from './workerClient';

const client = createWorkerClient<QrApi>(
  'QR',
  () => new Worker(new URL('../../workers/qr.worker.ts', import.meta.url), { type: 'module', name: 'qr' }),
);

/** The text of the QR code in a camera frame, or null. The frame's pixels move to the worker. */
export function decodeQrFrame(frame: ImageData): Promise<string | null> {
  return client.call((api) => api.decodeFrame(transfer(frame, [frame.data.buffer])));
}

/** The text of the QR code in a photo (PNG or JPEG), or null; rejects for an image it cannot decode. */
export function decodeQrImage(file: Blob): Promise<string | null> {
  return client.call((api) => api.decodeImage(file));
}

/** Stops the worker, e.g. when the page that scans is left; the next call starts a fresh one. */
export function stopQrWorker(): void {
  client.terminate();
}

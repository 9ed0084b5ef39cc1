// The camera scan loop: take a frame, have it decoded, until an Okno document QR code turns up or the
// scan is stopped. It owns no camera or worker, so the flow is tested with a fake decoder.
import { checkQrText } from './qrText';

/** Pause between frames: four decodes a second feel instant and keep a phone cool. */
export const SCAN_INTERVAL_MS = 250;

export interface ScanDeps {
  /** The current video frame, or null while the camera has none yet. */
  grab: () => ImageData | null;
  decode: (frame: ImageData) => Promise<string | null>;
  wait: (ms: number) => Promise<void>;
  /** True once the user stopped, left the page or started another scan. */
  stopped: () => boolean;
  /** A QR code that is not an Okno document's is in view (the scan goes on). */
  onForeign?: (text: string) => void;
}

/** The first Okno document QR text seen, or null once stopped. A failing decoder rejects. */
export async function scanForQr(deps: ScanDeps): Promise<string | null> {
  while (!deps.stopped()) {
    const frame = deps.grab();
    const text = frame ? await deps.decode(frame) : null;
    if (deps.stopped()) break;
    if (text !== null) {
      const check = checkQrText(text);
      if (check.ok) return check.qr;
      deps.onForeign?.(text);
    }
    await deps.wait(SCAN_INTERVAL_MS);
  }
  return null;
}

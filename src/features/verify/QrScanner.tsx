// «Сканировать QR-код»: the camera, pointed at a paper copy, until an Okno document QR is found. Frames
// are decoded in the QR worker a few times a second. The camera is turned off as soon as a code is
// found, on «Остановить», and when the page is left: a camera light must never stay on behind the user.
import { createSignal, onCleanup } from 'solid-js';
import { decodeQrFrame } from '../../client/qrClient';

import { errorText } from '../../ui/errorText';
import { cameraProblem } from './cameraProblem';
import { scanForQr } from './scanForQr';
import { verifyTexts } from '../../i18n/lazy/verify';

/** Frames are shrunk to this width before decoding: enough for a QR filling part of the view, and cheap. */
const FRAME_WIDTH_PX = 640;

type State = 'idle' | 'asking' | 'scanning';

export function QrScanner(props: { onQr: (qr: string) => void }) {
  const [state, setState] = createSignal<State>('idle');
  const [note, setNote] = createSignal('');
  let video: HTMLVideoElement | undefined;
  let stream: MediaStream | undefined;
  // Each start or stop bumps the run; a scan or a camera grant from an older run is dropped.
  let run = 0;
  // Made on the first frame read, not at render: the build's prerender has no document.
  let canvas: HTMLCanvasElement | undefined;

  const release = () => {
    stream?.getTracks().forEach((track) => track.stop());
    stream = undefined;
    if (video) video.srcObject = null;
  };
  const stop = (text = '') => {
    run++;
    release();
    setState('idle');
    setNote(text);
  };
  onCleanup(() => stop());

  const grab = (): ImageData | null => {
    if (!video || video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA || !video.videoWidth) return null;
    const scale = Math.min(1, FRAME_WIDTH_PX / video.videoWidth);
    canvas ??= document.createElement('canvas');
    canvas.width = Math.round(video.videoWidth * scale);
    canvas.height = Math.round(video.videoHeight * scale);
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) return null;
    context.drawImage(video, 0, 0, canvas.width, canvas.height);
    return context.getImageData(0, 0, canvas.width, canvas.height);
  };

  const start = async () => {
    stop();
    const mine = run;
    if (!navigator.mediaDevices?.getUserMedia) return setNote(verifyTexts().verify.camera.unsupported);
    setState('asking');
    setNote(verifyTexts().verify.qr.asking);
    let media: MediaStream;
    try {
      // The back camera on a phone; a laptop's only camera satisfies «ideal» as well.
      media = await navigator.mediaDevices.getUserMedia({ video: { facingMode: { ideal: 'environment' } }, audio: false });
    } catch (error) {
      if (mine === run) stop(verifyTexts().verify.camera[cameraProblem(error)]);
      return;
    }
    if (mine !== run) return media.getTracks().forEach((track) => track.stop());
    stream = media;
    setState('scanning');
    setNote(verifyTexts().verify.qr.aiming);
    try {
      video!.srcObject = media;
      await video!.play();
      const qr = await scanForQr({
        grab,
        decode: decodeQrFrame,
        wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
        stopped: () => mine !== run,
        onForeign: () => setNote(verifyTexts().verify.qr.foreign),
      });
      if (qr === null || mine !== run) return;
      stop();
      props.onQr(qr);
    } catch (error) {
      if (mine === run) stop(errorText(error));
    }
  };

  return (
    <div>
      <div class="button-row">
        <button type="button" class="button" onClick={() => (state() === 'idle' ? void start() : stop(verifyTexts().verify.qr.stopped))}>
          {state() === 'idle' ? verifyTexts().verify.qr.scan : verifyTexts().verify.qr.stop}
        </button>
      </div>
      <p role="status" id="verify-camera-note">
        {note()}
      </p>
      {/* Always in the page so the element exists before the stream arrives; hidden while off. */}
      <figure hidden={state() !== 'scanning'} class="qr-figure">
        <figcaption id="verify-video-caption" class="hint">
          {verifyTexts().verify.qr.videoLabel}
        </figcaption>
        <video ref={video} aria-labelledby="verify-video-caption" aria-describedby="verify-camera-note" muted playsinline class="qr-video" />
      </figure>
    </div>
  );
}

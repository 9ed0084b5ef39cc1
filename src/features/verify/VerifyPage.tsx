// «Проверить документ»: anyone checks a signed Okno document by its PDF, its QR code through the camera
// or a photo, or the QR text; the verdict comes from the service worker, so it all works offline.
import { createSignal, onCleanup, Show } from 'solid-js';
import { stopQrWorker } from '../../client/qrClient';

import { Page } from '../../ui/Page';
import { FileDrop } from './FileDrop';
import { QrScanner } from './QrScanner';
import { QrTextForm } from './QrTextForm';
import { VerdictPanel } from './VerdictPanel';
import { verifyFile, verifyQrPhoto, verifyQrText, type Outcome } from './verifyDocument';
import { verifyTexts } from '../../i18n/lazy/verify';

export default function VerifyPage() {
  const [outcome, setOutcome] = createSignal<Outcome | null>(null);
  const [checking, setChecking] = createSignal(false);
  let latest = 0;
  let status: HTMLDivElement | undefined;
  onCleanup(stopQrWorker);

  /** Runs one check; a newer check wins over an older one still in flight. */
  const check = async (work: () => Promise<Outcome>) => {
    const mine = ++latest;
    setOutcome(null);
    setChecking(true);
    const result = await work();
    if (mine !== latest) return;
    setChecking(false);
    setOutcome(result);
    // A verdict takes the focus (VerdictPanel); a message is announced and brought into view.
    if (result.kind === 'message') status?.scrollIntoView({ block: 'nearest' });
  };
  const message = () => {
    const current = outcome();
    return current?.kind === 'message' ? current.text : null;
  };
  const verdict = () => {
    const current = outcome();
    return current?.kind === 'verdict' ? current.result : null;
  };

  return (
    <Page title={verifyTexts().verify.title} lead={verifyTexts().verify.lead}>
      <div role="status" ref={status}>
        <Show when={checking()}>
          <p class="notice">{verifyTexts().verify.checking}</p>
        </Show>
        <Show when={message()}>
          <p class="notice error">{message()}</p>
        </Show>
      </div>
      <Show when={verdict()} keyed>
        {(result) => <VerdictPanel result={result} />}
      </Show>
      <section aria-labelledby="verify-pdf-heading">
        <h2 id="verify-pdf-heading">{verifyTexts().verify.pdf.heading}</h2>
        <FileDrop
          id="verify-pdf"
          label={verifyTexts().verify.pdf.label}
          hint={verifyTexts().verify.pdf.hint}
          accept=".pdf,.json,.xml,application/pdf,application/json,application/xml,text/xml"
          onFile={(file) => void check(() => verifyFile(file))}
        />
      </section>
      <section aria-labelledby="verify-qr-heading">
        <h2 id="verify-qr-heading">{verifyTexts().verify.qr.heading}</h2>
        <div class="card">
          <QrScanner onQr={(qr) => void check(() => verifyQrText(qr))} />
          <FileDrop
            id="verify-photo"
            label={verifyTexts().verify.qr.photoLabel}
            hint={verifyTexts().verify.qr.photoHint}
            accept=".jpg,.jpeg,.png,image/jpeg,image/png"
            onFile={(file) => void check(() => verifyQrPhoto(file))}
          />
          <QrTextForm onQr={(qr) => void check(() => verifyQrText(qr))} />
        </div>
      </section>
    </Page>
  );
}

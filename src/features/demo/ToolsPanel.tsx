// Checks that the moving parts work on this device: the backend in the service worker, the PDF
// worker with Cyrillic text, the file check in the validation worker, and the error screen.
import { createResource, createSignal, onCleanup, Show } from 'solid-js';
import { checkFileInWorker } from '../../client/validateClient';
import { renderTestPdf } from '../../client/pdfClient';
import { DEFAULT_FILE_RULE } from '../../domain/fileCheck';
import { fill, formatBytes, formatDateTime, locale, t } from '../../i18n/i18n';
import { fileVerdictText } from '../../ui/fileVerdictText';
import { errorText } from '../../ui/errorText';
import { readHealth } from './demoApi';
import { settled } from '../../ui/settled';

function Crash(): never {
  throw new Error('Error screen check requested on the demo stand');
}

export function ToolsPanel() {
  const [health] = createResource(readHealth);
  const [pdf, setPdf] = createSignal<{ url: string; size: number } | null>(null);
  const [pdfError, setPdfError] = createSignal<string | null>(null);
  const [fileResult, setFileResult] = createSignal<{ ok: boolean; text: string } | null>(null);
  const [crash, setCrash] = createSignal(false);
  onCleanup(() => pdf() && URL.revokeObjectURL(pdf()!.url));

  const makePdf = async () => {
    setPdfError(null);
    try {
      const blob = await renderTestPdf({
        title: t().demo.pdfTitle,
        lines: [t().demo.pdfLine1, t().demo.pdfLine2, fill(t().demo.pdfLine3, { time: formatDateTime(Date.now()) })],
        language: locale(),
      });
      if (pdf()) URL.revokeObjectURL(pdf()!.url);
      setPdf({ url: URL.createObjectURL(blob), size: blob.size });
    } catch (error) {
      setPdfError(errorText(error));
    }
  };
  const checkFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    try {
      const verdict = await checkFileInWorker(file, DEFAULT_FILE_RULE);
      setFileResult({ ok: verdict.ok, text: fileVerdictText(verdict) });
    } catch (error) {
      setFileResult({ ok: false, text: errorText(error) });
    }
  };

  return (
    <section class="card" aria-labelledby="tools-title">
      <h2 id="tools-title">{t().demo.toolsTitle}</h2>
      <h3>{t().demo.serverTitle}</h3>
      <p role="status" class={health.error ? 'notice error' : settled(health) ? 'notice success' : ''}>
        {health.error ? errorText(health.error) : settled(health) ? fill(t().demo.serverOk, { version: settled(health)!.version }) : '…'}
      </p>
      <div class="button-row">
        <button type="button" class="button secondary" onClick={() => void makePdf()}>
          {t().demo.pdfAction}
        </button>
      </div>
      <div role="status">
        <Show when={pdf()}>
          <p>
            {fill(t().demo.pdfReady, { size: formatBytes(pdf()!.size) })}{' '}
            <a href={pdf()!.url} download="okno-test.pdf">
              {t().demo.pdfDownload}
            </a>
          </p>
        </Show>
        <Show when={pdfError()}>
          <p class="notice error">{pdfError()}</p>
        </Show>
      </div>
      <div class="field">
        <label for="check-file">{t().demo.fileLabel}</label>
        <span class="hint" id="check-file-hint">
          {t().demo.fileHint}
        </span>
        <input id="check-file" type="file" aria-describedby="check-file-hint" onChange={(e) => void checkFile(e.currentTarget)} />
      </div>
      <p role="status" class={fileResult() ? (fileResult()!.ok ? 'notice success' : 'notice error') : ''}>
        {fileResult()?.text}
      </p>
      <button type="button" class="button secondary" onClick={() => setCrash(true)}>
        {t().demo.errorScreenAction}
      </button>
      <Show when={crash()}>
        <Crash />
      </Show>
    </section>
  );
}

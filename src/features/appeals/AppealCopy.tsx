// «Скачать копию обращения (PDF)»: the appeal as it was sent (the page's own rows, the signature, the
// files) laid out by the PDF worker's application-copy document, in the reader's language.
import { createSignal, Show } from 'solid-js';
import { renderApplicationCopyPdf } from '../../client/pdfClient';
import type { AppealView } from '../../domain/appeals/view';
import { locale } from '../../i18n/i18n';
import { downloadBlob } from '../../ui/downloadBlob';
import { errorText } from '../../ui/errorText';
import { sentRows } from './sentRows';
import { appealsTexts } from '../../i18n/lazy/appeals';

export function AppealCopy(props: { appeal: AppealView }) {
  const [busy, setBusy] = createSignal(false);
  const [problem, setProblem] = createSignal('');
  const s = () => appealsTexts().appeals.sent;
  const copy = async () => {
    setBusy(true);
    setProblem('');
    try {
      const appeal = props.appeal;
      const blob = await renderApplicationCopyPdf({
        number: appeal.number,
        serviceTitle: appealsTexts().appeals.types[appeal.type],
        submittedAt: appeal.sentAt,
        status: appealsTexts().appeals.statuses[appeal.status],
        rows: [...sentRows(appeal, { withType: false }), ...(appeal.signed ? [{ label: s().signed, value: s().signedYes }] : [])],
        files: appeal.files.map(({ name, size }) => ({ name, size })),
        labels: s().copyPdf,
        language: locale(),
      });
      downloadBlob(blob, `obrashchenie-${appeal.number}.pdf`);
    } catch (error) {
      setProblem(errorText(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" class="button secondary" disabled={busy()} onClick={() => void copy()}>
        {busy() ? s().preparing : s().pdf}
      </button>
      <Show when={problem()}>
        <p class="notice error" role="alert">
          {problem()}
        </p>
      </Show>
    </>
  );
}

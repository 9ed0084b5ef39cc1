// What the citizen sent: answers under their form's step headings, the files, and a PDF copy of it all.
import { createSignal, For, Show } from 'solid-js';
import type { ApplicationView } from '../../domain/application';
import { renderApplicationCopyPdf } from '../../client/pdfClient';
import { fill, formatBytes, formatDateTime, locale, t } from '../../i18n/i18n';
import { errorText } from '../../ui/errorText';
import { findService } from '../../domain/catalog/services';
import { answerRows } from '../../domain/answerRows';
import { AnswerList } from '../../ui/AnswerList';
import { downloadBlob } from '../../ui/downloadBlob';
import type { BookingView } from '../../domain/offices/booking';
import { officeRows } from './officeRows';
import { catalogTexts } from '../../i18n/lazy/catalog';
import { casesTexts } from '../../i18n/lazy/cases';

export function CaseAnswers(props: { app: ApplicationView; booking?: BookingView }) {
  const [busy, setBusy] = createSignal(false);
  const [problem, setProblem] = createSignal('');
  const service = () => findService(props.app.serviceId);
  const rows = () => answerRows(service(), props.app.answers, locale(), [casesTexts().cases.yes, casesTexts().cases.no]);
  const copy = async () => {
    setBusy(true);
    setProblem('');
    try {
      const blob = await renderApplicationCopyPdf({
        number: props.app.number,
        serviceTitle: service()?.title[locale()] ?? props.app.serviceId,
        submittedAt: props.app.submittedAt,
        status: catalogTexts().apply.statuses[props.app.status],
        rows: [...rows(), ...officeRows(props.app, props.booking)],
        files: props.app.files.map(({ name, size }) => ({ name, size })),
        labels: t().applicationCopyPdf,
        language: locale(),
      });
      downloadBlob(blob, `zayavlenie-${props.app.number}.pdf`);
    } catch (error) {
      setProblem(errorText(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="answers-title">
      <h2 id="answers-title">{casesTexts().cases.answersTitle}</h2>
      <AnswerList rows={rows()} headingLevel={3} />
      <h2>{casesTexts().cases.filesTitle}</h2>
      <Show when={props.app.files.length} fallback={<p>{casesTexts().cases.noFiles}</p>}>
        <ul>
          <For each={props.app.files}>
            {(file) => (
              <li>
                {file.name} · {formatBytes(file.size)}
                <Show when={file.at}>{(at) => <> · {fill(casesTexts().cases.fileSentLater, { when: formatDateTime(at()) })}</>}</Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <button type="button" class="button secondary" disabled={busy()} onClick={() => void copy()}>
        {busy() ? casesTexts().cases.preparing : casesTexts().cases.copyPdf}
      </button>
      <Show when={problem()}>
        <p class="notice error" role="alert">
          {problem()}
        </p>
      </Show>
    </section>
  );
}

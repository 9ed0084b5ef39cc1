// «Скачать ответ»: the answer as the authority's sealed PDF, and as JSON and XML signed by its key;
// /verify checks all three offline.
import { createSignal, Show } from 'solid-js';
import type { AppealView } from '../../domain/appeals/view';
import { locale } from '../../i18n/i18n';
import { errorText } from '../../ui/errorText';
import { readAnswerPdf, readSignedAnswer } from './appealsApi';
import { appealsTexts } from '../../i18n/lazy/appeals';

function save(content: Blob, name: string) {
  const url = URL.createObjectURL(content);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function AnswerDownloads(props: { appeal: AppealView }) {
  const p = () => appealsTexts().appeals.page;
  const [error, setError] = createSignal<string | null>(null);
  const download = async (format: 'pdf' | 'json' | 'xml') => {
    setError(null);
    const name = `answer-${props.appeal.number}.${format}`;
    try {
      if (format === 'pdf') {
        const pdf = await readAnswerPdf(props.appeal.id, locale() === 'en' ? 'en' : 'ru');
        save(new Blob([pdf], { type: 'application/pdf' }), name);
        return;
      }
      const answer = await readSignedAnswer(props.appeal.id);
      if (format === 'json') save(new Blob([answer.json], { type: 'application/json' }), name);
      else save(new Blob([answer.xml], { type: 'application/xml' }), name);
    } catch (failure) {
      setError(errorText(failure));
    }
  };
  return (
    <section aria-labelledby="answer-download">
      <h2 id="answer-download">{p().download}</h2>
      <div class="button-row">
        <button type="button" class="button secondary" onClick={() => void download('pdf')}>
          {p().downloadPdf}
        </button>
        <button type="button" class="button secondary" onClick={() => void download('json')}>
          {p().downloadJson}
        </button>
        <button type="button" class="button secondary" onClick={() => void download('xml')}>
          {p().downloadXml}
        </button>
      </div>
      <Show when={error()}>
        <p class="notice error" role="alert">
          {error()}
        </p>
      </Show>
    </section>
  );
}

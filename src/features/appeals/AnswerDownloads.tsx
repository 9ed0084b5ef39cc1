// «Скачать ответ»: the answer as JSON and XML signed by the authority's key; /verify checks them offline.
import { createSignal, Show } from 'solid-js';
import type { AppealView } from '../../domain/appeals/view';
import { t } from '../../i18n/i18n';
import { errorText } from '../../ui/errorText';
import { readSignedAnswer } from './appealsApi';

function save(text: string, type: string, name: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function AnswerDownloads(props: { appeal: AppealView }) {
  const p = () => t().appeals.page;
  const [error, setError] = createSignal<string | null>(null);
  const download = async (format: 'json' | 'xml') => {
    setError(null);
    try {
      const answer = await readSignedAnswer(props.appeal.id);
      if (format === 'json') save(answer.json, 'application/json', `answer-${props.appeal.number}.json`);
      else save(answer.xml, 'application/xml', `answer-${props.appeal.number}.xml`);
    } catch (failure) {
      setError(errorText(failure));
    }
  };
  return (
    <section aria-labelledby="answer-download">
      <h2 id="answer-download">{p().download}</h2>
      <div class="button-row">
        <button type="button" class="button secondary" onClick={() => void download('json')}>{p().downloadJson}</button>
        <button type="button" class="button secondary" onClick={() => void download('xml')}>{p().downloadXml}</button>
      </div>
      <Show when={error()}>
        <p class="notice error" role="alert">{error()}</p>
      </Show>
    </section>
  );
}

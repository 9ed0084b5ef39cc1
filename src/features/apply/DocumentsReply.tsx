// Answering a documents request: one picker per requested document, each file checked in the
// validation worker like in the wizard, then sent in one go. Chosen files stay chosen after a failure.
import { createSignal, For, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import { checkFileInWorker, sha256InWorker } from '../../client/validateClient';
import type { ApplicationView } from '../../domain/application';
import { fill, formatDateTime, locale } from '../../i18n/i18n';
import { errorText, messageForCode } from '../../ui/errorText';
import { fileVerdictText } from '../../ui/fileVerdictText';
import { findService } from '../../domain/catalog/services';
import { sendReply } from './casesApi';
import { casesTexts } from '../../i18n/lazy/cases';

type Picked = { name: string; sha256: string; blob: Blob } | { problem: string };

export function DocumentsReply(props: {
  app: ApplicationView;
  request: NonNullable<ApplicationView['request']>;
  onSent: (app: ApplicationView) => void;
}) {
  const docs = () => (findService(props.app.serviceId)?.documents ?? []).filter((doc) => props.request.documents.includes(doc.id));
  const [picked, setPicked] = createStore<Record<string, Picked>>({});
  const [summary, setSummary] = createSignal('');
  const [sending, setSending] = createSignal(false);
  let summaryRef: HTMLDivElement | undefined;

  // Checks still running when «Отправить» is pressed are waited for, not mistaken for missing files.
  const checking = new Map<string, Promise<void>>();
  const check = async (doc: ReturnType<typeof docs>[number], file: File) => {
    const rule = { accept: doc.accept, maxBytes: doc.maxBytes };
    const verdict = await checkFileInWorker(file, rule);
    if (!verdict.ok) return void setPicked(doc.id, { problem: fileVerdictText(verdict, rule) });
    setPicked(doc.id, { name: verdict.name, blob: file, sha256: await sha256InWorker(file) });
  };
  const pick = (doc: ReturnType<typeof docs>[number], file: File | undefined) => {
    if (file)
      checking.set(
        doc.id,
        check(doc, file).catch((error) => void setPicked(doc.id, { problem: errorText(error) })),
      );
  };
  const send = async (event: SubmitEvent) => {
    event.preventDefault();
    await Promise.all(checking.values());
    const ready = docs().flatMap((doc) => {
      const entry = picked[doc.id];
      return entry && 'blob' in entry ? [{ slot: doc.id, ...entry }] : [];
    });
    if (ready.length < docs().length) {
      setSummary(casesTexts().cases.chooseFiles);
      summaryRef?.focus();
      return;
    }
    setSummary('');
    setSending(true);
    try {
      props.onSent(await sendReply(props.app.id, ready));
    } catch (error) {
      const fields = (error as { fields?: Record<string, string> }).fields;
      for (const [key, code] of Object.entries(fields ?? {})) setPicked(key.replace(/^documents\./, ''), { problem: messageForCode(code) });
      setSummary(errorText(error));
      summaryRef?.focus();
    } finally {
      setSending(false);
    }
  };
  return (
    <form class="card todo attention" aria-labelledby="request-title" onSubmit={(e) => void send(e)} novalidate>
      <h2 id="request-title">{casesTexts().cases.requestTitle}</h2>
      <p>{fill(casesTexts().cases.requestLead, { deadline: formatDateTime(props.request.deadline) })}</p>
      <Show when={props.request.comment}>{(comment) => <p>{fill(casesTexts().cases.officerComment, { comment: comment() })}</p>}</Show>
      <div ref={summaryRef} tabIndex={-1} role="alert" class={summary() ? 'notice error' : ''}>
        {summary()}
      </div>
      <For each={docs()}>
        {(doc) => {
          const entry = () => picked[doc.id];
          const problem = () => (entry() && 'problem' in entry()! ? (entry() as { problem: string }).problem : '');
          return (
            <div class="field" classList={{ 'has-error': !!problem() }}>
              <label for={`reply-${doc.id}`}>{doc.title[locale()]}</label>
              <Show when={problem()}>
                <p class="error" id={`reply-${doc.id}-error`}>
                  {problem()}
                </p>
              </Show>
              <input
                id={`reply-${doc.id}`}
                type="file"
                accept={doc.accept.map((kind) => (kind === 'jpeg' ? '.jpg,.jpeg' : `.${kind}`)).join(',')}
                aria-describedby={problem() ? `reply-${doc.id}-error` : undefined}
                aria-invalid={problem() ? 'true' : undefined}
                onChange={(e) => pick(doc, e.currentTarget.files?.[0])}
              />
              <Show when={entry() && 'name' in entry()! ? (entry() as { name: string }).name : ''}>{(name) => <p class="meta">{name()}</p>}</Show>
            </div>
          );
        }}
      </For>
      <button type="submit" class="button" disabled={sending()}>
        {sending() ? casesTexts().cases.sending : casesTexts().cases.sendDocuments}
      </button>
    </form>
  );
}

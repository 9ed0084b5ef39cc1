// The documents page of the wizard: one slot per document the service asks for. A file is picked,
// dropped, photographed (on phones) or taken from the profile's «Документы», checked in the validation worker against that document's
// rules and the 10 MB total, and kept with the draft.
import { requiredByAnswer } from '../../domain/catalog/requiredDocuments';
import { createSignal, For, Show } from 'solid-js';
import { createLiveQuery } from '../../client/createLiveQuery';
import { attach, detach, listAttachments } from '../../client/repos/attachmentsRepo';
import { listDocuments } from '../../client/repos/documentsRepo';
import type { DraftRow } from '../../client/rows';
import { checkFileInWorker, sha256InWorker } from '../../client/validateClient';
import { MAX_APPLICATION_BYTES } from '../../domain/application';
import type { RequiredDocument, Service } from '../../domain/catalog/serviceSchema';
import { kindFromName, MIME_TYPES } from '../../domain/fileCheck';
import { fill, formatBytes, locale } from '../../i18n/i18n';
import { errorText } from '../../ui/errorText';
import { fieldId, type Form } from '../../ui/form/createForm';
import { fieldMessage } from '../../ui/form/fieldMessage';
import { fileVerdictText, KIND_NAMES } from '../../ui/fileVerdictText';
import { WhatToDoLink } from '../../ui/WhatToDoLink';
import { AttachedFile } from './AttachedFile';
import { catalogTexts } from '../../i18n/lazy/catalog';

export function DocumentsStep(props: { service: Service; draft: DraftRow; form: Form }) {
  const attached = createLiveQuery(() => listAttachments(props.draft.id));
  const library = createLiveQuery(() => listDocuments(props.draft.accountId));
  const [notes, setNotes] = createSignal<Record<string, string>>({});
  const note = (slot: string, text: string) => setNotes((all) => ({ ...all, [slot]: text }));
  const total = () => (attached.value() ?? []).reduce((sum, row) => sum + row.size, 0);

  const add = async (doc: RequiredDocument, file: Blob, name: string) => {
    note(doc.id, '');
    try {
      const named = file instanceof File ? file : new File([file], name, { type: file.type });
      const verdict = await checkFileInWorker(named, { accept: doc.accept, maxBytes: doc.maxBytes });
      if (!verdict.ok) return note(doc.id, fileVerdictText(verdict, { accept: doc.accept, maxBytes: doc.maxBytes }));
      const replaced = (attached.value() ?? []).find((row) => row.slot === doc.id)?.size ?? 0;
      if (total() - replaced + file.size > MAX_APPLICATION_BYTES)
        return note(doc.id, fill(catalogTexts().apply.tooMuch, { max: formatBytes(MAX_APPLICATION_BYTES) }));
      const sha256 = await sha256InWorker(file);
      await attach({
        id: crypto.randomUUID(),
        accountId: props.draft.accountId,
        draftId: props.draft.id,
        slot: doc.id,
        name: verdict.name,
        type: verdict.mime,
        size: file.size,
        sha256,
        blob: file,
      });
      // The slot is put right: its «прикрепите файл» leaves the slot and the error summary at once.
      props.form.blur(`documents.${doc.id}`);
    } catch (error) {
      note(doc.id, errorText(error));
    }
  };
  const describedBy = (id: string, slot: string) =>
    [props.form.errors()[`documents.${slot}`] ? `${id}-error` : '', notes()[slot] ? `${id}-note` : ''].filter(Boolean).join(' ') || undefined;
  const accepted = (doc: RequiredDocument) => doc.accept.flatMap((kind) => [MIME_TYPES[kind], `.${kind === 'jpeg' ? 'jpg' : kind}`]).join(',');
  const fromLibrary = (doc: RequiredDocument) => (library.value() ?? []).filter((row) => doc.accept.some((kind) => MIME_TYPES[kind] === row.type));

  return (
    <div>
      <p>{fill(catalogTexts().apply.documentsLead, { max: formatBytes(MAX_APPLICATION_BYTES) })}</p>
      <For each={props.service.documents}>
        {(doc) => {
          const current = () => (attached.value() ?? []).find((row) => row.slot === doc.id);
          const id = fieldId(`documents.${doc.id}`);
          const error = () => props.form.errors()[`documents.${doc.id}`];
          return (
            <fieldset
              class="card dropzone"
              classList={{ 'has-error': Boolean(error() || notes()[doc.id]) }}
              onDragOver={(e) => e.preventDefault()}
              onDrop={(e) => {
                e.preventDefault();
                const file = e.dataTransfer?.files[0];
                if (file) void add(doc, file, file.name);
              }}
            >
              <legend>
                <h3>{doc.title[locale()]}</h3>
              </legend>
              <p class="meta">
                {requiredByAnswer(doc, props.form.values)
                  ? catalogTexts().apply.requiredNow
                  : doc.required === 'if' && doc.when
                    ? doc.when[locale()]
                    : catalogTexts().catalog.required[doc.required]}{' '}
                ·{' '}
                {fill(catalogTexts().catalog.formats, {
                  formats: doc.accept.map((kind) => KIND_NAMES[kind]).join(', '),
                  size: formatBytes(doc.maxBytes),
                })}
              </p>
              <Show when={error()}>
                <p class="error" id={`${id}-error`}>
                  {fieldMessage(error()!)}
                </p>
              </Show>
              <Show when={current()}>{(row) => <AttachedFile row={row()} onRemove={() => void detach(row().id)} />}</Show>
              <div class="field">
                <label for={id}>{current() ? catalogTexts().apply.replace : catalogTexts().apply.attach}</label>
                <input
                  id={id}
                  type="file"
                  accept={accepted(doc)}
                  aria-describedby={describedBy(id, doc.id)}
                  onChange={(e) => {
                    const file = e.currentTarget.files?.[0];
                    e.currentTarget.value = '';
                    if (file) void add(doc, file, file.name);
                  }}
                />
              </div>
              <Show when={doc.accept.includes('jpeg')}>
                <div class="field">
                  <label for={`${id}-camera`}>{catalogTexts().apply.camera}</label>
                  <input
                    id={`${id}-camera`}
                    type="file"
                    accept="image/jpeg"
                    capture="environment"
                    onChange={(e) => {
                      const file = e.currentTarget.files?.[0];
                      e.currentTarget.value = '';
                      if (file) void add(doc, file, file.name);
                    }}
                  />
                </div>
              </Show>
              <Show when={fromLibrary(doc).length > 0}>
                <div class="field">
                  <label for={`${id}-library`}>{catalogTexts().apply.fromProfile}</label>
                  <select
                    id={`${id}-library`}
                    value=""
                    onChange={(e) => {
                      const row = fromLibrary(doc).find((d) => d.id === e.currentTarget.value);
                      e.currentTarget.value = '';
                      const ext = row ? Object.entries(MIME_TYPES).find(([, mime]) => mime === row.type)?.[0] : undefined;
                      if (row) void add(doc, row.blob, kindFromName(row.title) ? row.title : `${row.title}.${ext === 'jpeg' ? 'jpg' : ext}`);
                    }}
                  >
                    <option value="">{catalogTexts().apply.choose}</option>
                    <For each={fromLibrary(doc)}>{(row) => <option value={row.id}>{row.title}</option>}</For>
                  </select>
                </div>
              </Show>
              {/* A refused file is said as an error: in red beside the slot, read with the file field and
                  announced when it appears; the slot keeps its red frame until a file is taken. */}
              <p role="status" id={`${id}-note`} class="file-note" classList={{ error: Boolean(notes()[doc.id]) }}>
                {notes()[doc.id]}
                <Show when={notes()[doc.id]}>
                  {' '}
                  <WhatToDoLink article="selfhelp-file-refused" />
                </Show>
              </p>
            </fieldset>
          );
        }}
      </For>
    </div>
  );
}

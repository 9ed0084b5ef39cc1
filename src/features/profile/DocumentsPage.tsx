// «Документы»: scans kept in the profile for reuse in applications. Each file is checked in the
// validation worker (real type by its bytes, size) and stored as a Blob with its SHA-256.
import { createSignal, For, Show } from 'solid-js';
import { createLiveQuery } from '../../client/createLiveQuery';
import { addDocument, deleteDocument, listDocuments, renameDocument } from '../../client/repos/documentsRepo';
import type { DocumentRow } from '../../client/rows';
import { checkFileInWorker, sha256InWorker } from '../../client/validateClient';
import type { AccountView } from '../../domain/account';
import { DEFAULT_FILE_RULE } from '../../domain/fileCheck';
import { fill, formatBytes, formatDateTime, t } from '../../i18n/i18n';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { createDropTarget } from '../../ui/dropTarget';
import { errorText } from '../../ui/errorText';
import { fileVerdictText } from '../../ui/fileVerdictText';
import { WhatToDoLink } from '../../ui/WhatToDoLink';
import { Page } from '../../ui/Page';
import { audit } from '../../client/auditTrail';
import { useAccount } from '../../ui/signedIn';
import { DocumentItem } from './DocumentItem';
import { profileTexts } from '../../i18n/lazy/profile';

const titleOf = (name: string) => name.replace(/\.[^.]+$/, '').slice(0, 120) || name;

function Library(props: { account: () => AccountView }) {
  const documents = createLiveQuery(() => listDocuments(props.account().id));
  const [results, setResults] = createSignal<{ ok: boolean; text: string }[]>([]);
  const [removing, setRemoving] = createSignal<DocumentRow | null>(null);
  let listHeading: HTMLHeadingElement | undefined;

  const accept = async (files: File[]) => {
    const outcome: { ok: boolean; text: string }[] = [];
    for (const file of files) {
      try {
        const verdict = await checkFileInWorker(file, DEFAULT_FILE_RULE);
        if (!verdict.ok) {
          outcome.push({ ok: false, text: fileVerdictText(verdict) });
          continue;
        }
        const sha256 = await sha256InWorker(file);
        const id = crypto.randomUUID();
        await addDocument(
          {
            id,
            accountId: props.account().id,
            title: titleOf(verdict.name),
            type: verdict.mime,
            size: file.size,
            addedAt: Date.now(),
            sha256,
            blob: file,
          },
          verdict.name,
        );
        outcome.push({ ok: true, text: fill(profileTexts().documents.added, { name: verdict.name }) });
      } catch (error) {
        outcome.push({ ok: false, text: errorText(error) });
      }
    }
    setResults(outcome);
  };
  const drop = createDropTarget((files) => void accept(files));

  const remove = async () => {
    const row = removing();
    setRemoving(null);
    if (!row) return;
    await deleteDocument(row.id);
    await audit(props.account().id, 'document.delete', row.title);
    setResults([{ ok: true, text: fill(profileTexts().documents.deleted, { name: row.title }) }]);
    // The button that opened the dialog is gone with the document: continue from the list.
    listHeading?.focus();
  };

  return (
    <Page title={profileTexts().documents.title} lead={profileTexts().documents.lead}>
      <div class="card dropzone" classList={{ dragging: drop.dragging() }} {...drop.handlers}>
        <div class="field">
          <label for="document-files">{profileTexts().documents.pick}</label>
          <span class="hint" id="document-files-hint">
            {profileTexts().documents.hint}
          </span>
          <input
            id="document-files"
            type="file"
            multiple
            accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
            aria-describedby="document-files-hint"
            onChange={(e) => {
              void accept([...(e.currentTarget.files ?? [])]);
              e.currentTarget.value = '';
            }}
          />
        </div>
      </div>
      <div role="status">
        <For each={results()}>
          {(result) => (
            <p class={result.ok ? 'notice success' : 'notice error'}>
              {result.text}
              <Show when={!result.ok}>
                {' '}
                <WhatToDoLink article="selfhelp-file-refused" />
              </Show>
            </p>
          )}
        </For>
      </div>
      <h2 tabindex="-1" ref={listHeading}>
        {profileTexts().documents.listTitle}
      </h2>
      <Show when={documents.value()?.length === 0}>
        <p>{profileTexts().documents.empty}</p>
      </Show>
      <ul class="documents">
        <For each={documents.value()}>
          {(row) => (
            <DocumentItem
              row={row}
              meta={`${formatBytes(row.size)} · ${formatDateTime(row.addedAt)}`}
              onRename={async (title) => {
                await renameDocument(row.id, title);
                await audit(props.account().id, 'document.rename', title);
              }}
              onDelete={() => setRemoving(row)}
            />
          )}
        </For>
      </ul>
      <ConfirmDialog
        open={removing() !== null}
        title={fill(profileTexts().documents.deleteTitle, { name: removing()?.title ?? '' })}
        confirmLabel={profileTexts().documents.delete}
        cancelLabel={t().demo.cancel}
        danger
        onConfirm={() => void remove()}
        onCancel={() => setRemoving(null)}
      />
    </Page>
  );
}

export default function DocumentsPage() {
  // Read once here: a prop call would run later, in event handlers, outside the route's context.
  const account = useAccount();
  return <Library account={account} />;
}

// The files page: each file is checked in the validation worker by its real content (not its name)
// and listed once stored on the device; screenshots have their own smaller limit.
import { createResource, createSignal, For, Show } from 'solid-js';
import { checkFileInWorker, sha256InWorker } from '../../client/validateClient';
import { APPEAL_FILE_RULE, MAX_APPEAL_TOTAL_BYTES, SCREENSHOT_RULE } from '../../domain/appeals/fileRules';
import { fill, formatBytes } from '../../i18n/i18n';
import { fileVerdictText } from '../../ui/fileVerdictText';
import { WhatToDoLink } from '../../ui/WhatToDoLink';
import { addDraftFile, listDraftFiles, removeDraftFile } from './appealDraft';
import { appealsTexts } from '../../i18n/lazy/appeals';

export function AppealFiles(props: { accountId: string; draftId: string }) {
  const w = () => appealsTexts().appeals.new;
  const [files, { refetch }] = createResource(() => props.draftId, listDraftFiles);
  const [problem, setProblem] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const add = async (list: FileList | null, screenshot: boolean) => {
    setProblem(null);
    const rule = screenshot ? SCREENSHOT_RULE : APPEAL_FILE_RULE;
    for (const file of Array.from(list ?? [])) {
      setBusy(true);
      try {
        const verdict = await checkFileInWorker(file, rule);
        if (!verdict.ok) {
          setProblem(fileVerdictText(verdict, rule));
          continue;
        }
        const total = (files() ?? []).reduce((sum, f) => sum + f.size, 0) + file.size;
        if (total > MAX_APPEAL_TOTAL_BYTES) {
          setProblem(w().tooMuch);
          continue;
        }
        await addDraftFile(props.accountId, props.draftId, file, await sha256InWorker(file), verdict.mime, screenshot, verdict.name);
        await refetch();
      } finally {
        setBusy(false);
      }
    }
  };
  return (
    <div>
      <p id="appeal-files-rules">{w().filesLead}</p>
      <div class="field">
        <label for="appeal-file-document">{w().addFile}</label>
        <input
          id="appeal-file-document"
          type="file"
          multiple
          accept=".pdf,.doc,.jpg,.jpeg,.png"
          aria-describedby="appeal-files-rules"
          onChange={(e) => void add(e.currentTarget.files, false).then(() => (e.currentTarget.value = ''))}
        />
      </div>
      <div class="field">
        <label for="appeal-file-screenshot">{w().addScreenshot}</label>
        <input
          id="appeal-file-screenshot"
          type="file"
          accept=".png,.jpg,.jpeg"
          aria-describedby="appeal-files-rules"
          onChange={(e) => void add(e.currentTarget.files, true).then(() => (e.currentTarget.value = ''))}
        />
      </div>
      <Show when={busy()}>
        <p role="status">{w().checking}</p>
      </Show>
      <Show when={problem()}>
        <p class="notice error" role="alert">
          {problem()} <WhatToDoLink article="selfhelp-file-refused" />
        </p>
      </Show>
      <Show when={files()?.length}>
        <h3>{w().attached}</h3>
        <ul>
          <For each={files()}>
            {(file) => (
              <li>
                {file.name} ({formatBytes(file.size)}
                {file.slot?.startsWith('screenshot:') ? `, ${w().screenshot}` : ''}){' '}
                <button type="button" class="button secondary small" onClick={() => void removeDraftFile(file.id).then(refetch)}>
                  {fill(w().remove, { name: file.name })}
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </div>
  );
}

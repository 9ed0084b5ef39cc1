// «Управление данными»: download everything as one archive, import it back, or erase it.
import { createSignal, onCleanup, Show } from 'solid-js';
import { updateAccount } from '../../client/session';
import type { AccountView } from '../../domain/account';
import { fill, t } from '../../i18n/i18n';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { errorText } from '../../ui/errorText';
import { Page } from '../../ui/Page';
import { audit } from '../../client/auditTrail';
import { useAccount } from '../../ui/signedIn';
import { ArchiveRefused, eraseAccountData, exportAccount, importAccount } from './dataRights';
import { profileTexts } from '../../i18n/lazy/profile';
import { StatusLine } from '../../ui/StatusLine';

type Message = { ok: boolean; text: string } | null;

function DataRights(props: { account: () => AccountView }) {
  const [download, setDownload] = createSignal<{ url: string; name: string } | null>(null);
  const [message, setMessage] = createSignal<Message>(null);
  const [asking, setAsking] = createSignal(false);
  onCleanup(() => download() && URL.revokeObjectURL(download()!.url));

  const run = async (work: () => Promise<string>) => {
    setMessage(null);
    try {
      setMessage({ ok: true, text: await work() });
    } catch (error) {
      setMessage({ ok: false, text: error instanceof ArchiveRefused ? profileTexts().dataRights.refused[error.problem] : errorText(error) });
    }
  };
  const exportNow = () =>
    run(async () => {
      const blob = await exportAccount(props.account());
      // Journal first: the link appears only once the export is on record.
      await audit(props.account().id, 'data.export');
      if (download()) URL.revokeObjectURL(download()!.url);
      const name = `okno-${new Date().toISOString().slice(0, 10)}.okno.json`;
      setDownload({ url: URL.createObjectURL(blob), name });
      return profileTexts().dataRights.exportReady;
    });
  const importNow = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    void run(async () => {
      const result = await importAccount(props.account(), file);
      if (result.account) updateAccount(result.account);
      await audit(props.account().id, 'data.import', file.name);
      return fill(profileTexts().dataRights.imported, { rows: result.rows });
    });
  };
  const erase = () => {
    setAsking(false);
    void run(async () => {
      updateAccount(await eraseAccountData(props.account()));
      await audit(props.account().id, 'data.erase');
      return profileTexts().dataRights.erased;
    });
  };

  return (
    <Page title={profileTexts().dataRights.title} lead={profileTexts().dataRights.lead}>
      <section class="card" aria-labelledby="export-title">
        <h2 id="export-title">{profileTexts().dataRights.exportTitle}</h2>
        <p>{profileTexts().dataRights.exportText}</p>
        <button type="button" class="button" onClick={() => void exportNow()}>
          {profileTexts().dataRights.exportAction}
        </button>
        <Show when={download()}>
          <p>
            <a href={download()!.url} download={download()!.name}>
              {fill(profileTexts().dataRights.downloadLink, { name: download()!.name })}
            </a>
          </p>
        </Show>
      </section>
      <section class="card" aria-labelledby="import-title">
        <h2 id="import-title">{profileTexts().dataRights.importTitle}</h2>
        <div class="field">
          <label for="archive-file">{profileTexts().dataRights.importLabel}</label>
          <span class="hint" id="archive-file-hint">
            {profileTexts().dataRights.importHint}
          </span>
          <input
            id="archive-file"
            type="file"
            accept=".json,application/json"
            aria-describedby="archive-file-hint"
            onChange={(e) => importNow(e.currentTarget)}
          />
        </div>
      </section>
      <StatusLine message={message()} />
      <section class="card" aria-labelledby="erase-title">
        <h2 id="erase-title">{profileTexts().dataRights.eraseTitle}</h2>
        <p>{profileTexts().dataRights.eraseText}</p>
        <button type="button" class="button danger" onClick={() => setAsking(true)}>
          {profileTexts().dataRights.eraseAction}
        </button>
      </section>
      <ConfirmDialog
        open={asking()}
        title={profileTexts().dataRights.eraseConfirmTitle}
        confirmLabel={profileTexts().dataRights.eraseConfirm}
        cancelLabel={t().demo.cancel}
        danger
        onConfirm={erase}
        onCancel={() => setAsking(false)}
      >
        <p>{profileTexts().dataRights.eraseConfirmText}</p>
      </ConfirmDialog>
    </Page>
  );
}

export default function DataRightsPage() {
  // Read once here: a prop call would run later, in event handlers, outside the route's context.
  const account = useAccount();
  return <DataRights account={account} />;
}

// «Получить услугу» when the account already has a draft of that service: continue it (the default,
// nothing typed is lost) or start anew, which deletes the old draft and its files after a confirmation.
// Never two drafts of one service made by accident.
import { Link } from '../../ui/Link';
import { createSignal, Show } from 'solid-js';
import type { DraftRow } from '../../client/rows';
import type { Service } from '../../domain/catalog/serviceSchema';
import { fill, formatDateTime, locale } from '../../i18n/i18n';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Page } from '../../ui/Page';
import { createFeePaid } from './DeleteDraft';
import { wizardPages } from './wizardSteps';
import { catalogTexts } from '../../i18n/lazy/catalog';

export function DraftChoice(props: { service: Service; draft: DraftRow; onStartAnew: () => Promise<void> }) {
  const [asking, setAsking] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const feePaid = createFeePaid(
    () => props.draft.accountId,
    () => props.draft.id,
  );
  const when = () => formatDateTime(props.draft.updatedAt);
  const total = () => wizardPages(props.service).length;
  const startAnew = async () => {
    setAsking(false);
    setBusy(true);
    try {
      await props.onStartAnew();
    } finally {
      setBusy(false);
    }
  };
  return (
    <Page title={props.service.title[locale()]}>
      <p class="notice">
        {fill(catalogTexts().apply.draftExists, { when: when(), step: Math.min(props.draft.step, total() - 1) + 1, total: total() })}
      </p>
      <div class="button-row">
        <Link to="/catalog/$serviceId/apply" params={{ serviceId: props.service.id }} search={{ draft: props.draft.id }} class="button">
          {catalogTexts().apply.continueDraft}
        </Link>
        <button type="button" class="button secondary" disabled={busy()} onClick={() => setAsking(true)}>
          {catalogTexts().apply.startAnew}
        </button>
      </div>
      <ConfirmDialog
        open={asking()}
        title={catalogTexts().apply.startAnewTitle}
        confirmLabel={catalogTexts().apply.startAnewConfirm}
        cancelLabel={catalogTexts().apply.cancel}
        danger
        onConfirm={() => void startAnew()}
        onCancel={() => setAsking(false)}
      >
        <p>{fill(catalogTexts().apply.startAnewText, { when: when() })}</p>
        <Show when={feePaid()}>
          <p>{catalogTexts().apply.deleteFeePaid}</p>
        </Show>
      </ConfirmDialog>
    </Page>
  );
}

// «Удалить черновик» in the list of drafts and in the wizard: asks in a dialog, then deletes the draft
// with its attached files. The list says which draft went; the deleted draft's title is kept here for it.
import { createSignal, Show } from 'solid-js';
import { createLiveQuery } from '../../client/createLiveQuery';
import { listPayments } from '../../client/repos/paymentsRepo';
import { discardDraft } from '../../client/repos/draftsRepo';
import { fill, t } from '../../i18n/i18n';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { catalogTexts } from '../../i18n/lazy/catalog';

const [deletedDraft, setDeletedDraft] = createSignal<string | null>(null);
/** The title of the service whose draft was just deleted, for «Черновик … удалён» on the list. */
export { deletedDraft, setDeletedDraft };

/** True when the draft's state fee is paid (in the device's mirror of invoices): deleting it is worth a word. */
export function createFeePaid(accountId: () => string, draftId: () => string): () => boolean {
  const invoices = createLiveQuery(() => listPayments(accountId()));
  return () => invoices.value()?.some((i) => i.kind === 'fee' && i.draftId === draftId() && i.status === 'paid') ?? false;
}

export function DeleteDraftButton(props: { accountId: string; draftId: string; service: string; label: string; onDeleted: () => void }) {
  const [asking, setAsking] = createSignal(false);
  const [failed, setFailed] = createSignal(false);
  const feePaid = createFeePaid(
    () => props.accountId,
    () => props.draftId,
  );
  const confirm = async () => {
    setAsking(false);
    try {
      if (await discardDraft(props.accountId, props.draftId)) setDeletedDraft(props.service);
      props.onDeleted();
    } catch {
      setFailed(true); // the database refused (storage closed by another tab): the draft is still there
    }
  };
  return (
    <>
      <button type="button" class="button secondary small" onClick={() => setAsking(true)}>
        {props.label}
      </button>
      <span role="alert">{failed() ? t().errors.unknown : ''}</span>
      <ConfirmDialog
        open={asking()}
        title={catalogTexts().apply.deleteTitle}
        confirmLabel={catalogTexts().apply.deleteConfirm}
        cancelLabel={catalogTexts().apply.deleteCancel}
        danger
        onConfirm={() => void confirm()}
        onCancel={() => setAsking(false)}
      >
        <p>{fill(catalogTexts().apply.deleteText, { service: props.service })}</p>
        <Show when={feePaid()}>
          <p>{catalogTexts().apply.deleteFeePaid}</p>
        </Show>
      </ConfirmDialog>
    </>
  );
}

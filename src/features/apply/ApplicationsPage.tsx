// «Мои заявления»: the outbox, «Мои черновики» kept on this device, and the sent applications.
import { useNavigate } from '@tanstack/solid-router';
import { Link } from '../../ui/Link';
import { For, onCleanup, onMount, Show } from 'solid-js';
import { createLiveQuery } from '../../client/createLiveQuery';
import { listDrafts, saveDraft } from '../../client/repos/draftsRepo';
import type { DraftRow } from '../../client/rows';
import { cancelQueued } from '../../client/outbox';
import { listOutbox } from '../../client/repos/outboxRepo';
import { listPayments } from '../../client/repos/paymentsRepo';
import type { AccountView } from '../../domain/account';
import { fill, formatDateTime, locale, t } from '../../i18n/i18n';
import { messageForCode } from '../../ui/errorText';
import { Page } from '../../ui/Page';
import { useAccount } from '../../ui/signedIn';
import { findService } from '../../domain/catalog/services';
import { CasesSection } from './CasesSection';
import { DeleteDraftButton, deletedDraft, setDeletedDraft } from './DeleteDraft';
import type { CasesSearch } from './casesQuery';
import { wizardPages } from './wizardSteps';
import type { Answers } from '../../domain/catalog/formSchema';
import { catalogTexts } from '../../i18n/lazy/catalog';

/** The wizard resumes at the draft's saved step: «Оплатить» makes that the fee page (reached before, as the invoice shows). */
async function toFeeStep(draft: DraftRow): Promise<void> {
  const service = findService(draft.serviceId);
  const fee = service ? wizardPages(service, draft.answers as Answers).findIndex((page) => page.kind === 'fee') : -1;
  if (fee >= 0 && draft.step !== fee) await saveDraft(draft.accountId, draft.id, { answers: draft.answers, step: fee });
}

const draftUrl = (draft: DraftRow) => `/catalog/${encodeURIComponent(draft.serviceId)}/apply?draft=${draft.id}`;

function Lists(props: { account: () => AccountView; search: CasesSearch }) {
  const navigate = useNavigate();
  const outbox = createLiveQuery(() => listOutbox(props.account().id));
  // A queued application is shown once, under «Ждут отправки», not again as a draft to edit.
  const queued = () => new Set((outbox.value() ?? []).map((row) => row.id));
  const drafts = createLiveQuery(() => listDrafts(props.account().id));
  const editable = () => (drafts.value() ?? []).filter((draft) => !queued().has(draft.id));
  const title = (serviceId: string) => findService(serviceId)?.title[locale()] ?? serviceId;
  // Drafts of fee services whose invoice (in the device's mirror) is not paid get «Оплатить».
  const invoices = createLiveQuery(() => listPayments(props.account().id));
  const feeDue = (draftId: string) => invoices.value()?.some((i) => i.kind === 'fee' && i.draftId === draftId && i.status !== 'paid');
  let draftsHeading: HTMLHeadingElement | undefined;
  // After a deletion (here or in the wizard) the button is gone: focus goes to the drafts' heading and
  // the status line says which draft went.
  const afterDelete = () => queueMicrotask(() => draftsHeading?.focus());
  onMount(() => deletedDraft() && afterDelete());
  onCleanup(() => setDeletedDraft(null));
  return (
    <Page title={t().nav.applications}>
      <Show when={outbox.value()?.length}>
        <section aria-labelledby="outbox-title" class="card">
          <h2 id="outbox-title">{catalogTexts().apply.outboxTitle}</h2>
          <ul>
            <For each={outbox.value()}>
              {(row) => {
                const serviceId = (row.body as { serviceId?: string }).serviceId ?? '';
                return (
                  <li>
                    <strong>{title(serviceId)}</strong> —{' '}
                    {row.failed
                      ? fill(catalogTexts().apply.outboxFailed, { reason: messageForCode(row.lastError ?? 'unknown') })
                      : catalogTexts().apply.outboxWaiting}{' '}
                    <button type="button" class="link-button" onClick={() => void cancelQueued(row.id)}>
                      {fill(catalogTexts().apply.outboxCancel, { service: title(serviceId) })}
                    </button>
                  </li>
                );
              }}
            </For>
          </ul>
        </section>
      </Show>
      <section aria-labelledby="drafts-title">
        <h2 id="drafts-title" tabindex="-1" ref={draftsHeading}>
          {catalogTexts().apply.draftsTitle}
        </h2>
        <p role="status">{deletedDraft() ? fill(catalogTexts().apply.draftDeleted, { service: deletedDraft()! }) : ''}</p>
        <Show when={editable().length} fallback={<p>{catalogTexts().apply.noDrafts}</p>}>
          <ul class="service-list">
            <For each={editable()}>
              {(draft) => (
                <li class="card">
                  <Link to="/catalog/$serviceId/apply" params={{ serviceId: draft.serviceId }} search={{ draft: draft.id }}>
                    {title(draft.serviceId)}
                  </Link>
                  <p class="meta">{fill(catalogTexts().apply.draftMeta, { when: formatDateTime(draft.updatedAt), step: draft.step + 1 })}</p>
                  <DeleteDraftButton
                    accountId={props.account().id}
                    draftId={draft.id}
                    service={title(draft.serviceId)}
                    label={fill(catalogTexts().apply.deleteDraftOf, { service: title(draft.serviceId) })}
                    onDeleted={afterDelete}
                  />
                  <Show when={feeDue(draft.id)}>
                    <p>
                      {catalogTexts().apply.draftFeeDue}{' '}
                      <a
                        href={draftUrl(draft)}
                        class="button"
                        onClick={(e) => {
                          e.preventDefault();
                          void toFeeStep(draft).then(() => navigate({ href: draftUrl(draft) }));
                        }}
                      >
                        {catalogTexts().apply.feePay}
                      </a>
                    </p>
                  </Show>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </section>
      <CasesSection accountId={props.account().id} search={props.search} />
    </Page>
  );
}

export default function ApplicationsPage(props: { search: CasesSearch }) {
  // Read once here: a prop call would run later, in event handlers, outside the route's context.
  const account = useAccount();
  return <Lists account={account} search={props.search} />;
}

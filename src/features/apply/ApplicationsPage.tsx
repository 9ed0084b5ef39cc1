// «Мои заявления»: the outbox, «Мои черновики» kept on this device, and the sent applications.
import { Link } from '@tanstack/solid-router';
import { For, Show } from 'solid-js';
import { createLiveQuery } from '../../client/createLiveQuery';
import { listDrafts } from '../../client/repos/draftsRepo';
import { listOutbox } from '../../client/repos/outboxRepo';
import type { AccountView } from '../../domain/account';
import { fill, formatDateTime, locale, t } from '../../i18n/i18n';
import { messageForCode } from '../../ui/errorText';
import { Page } from '../../ui/Page';
import { RequireAccount } from '../account/RequireAccount';
import { findService } from '../catalog/catalogQuery';
import { CasesSection } from '../cases/CasesSection';
import type { CasesSearch } from '../cases/casesQuery';

function Lists(props: { account: () => AccountView; search: CasesSearch }) {
  const outbox = createLiveQuery(() => listOutbox());
  const drafts = createLiveQuery(() => listDrafts(props.account().id));
  const title = (serviceId: string) => findService(serviceId)?.title[locale()] ?? serviceId;
  return (
    <Page title={t().nav.applications}>
      <Show when={outbox.value()?.length}>
        <section aria-labelledby="outbox-title" class="card">
          <h2 id="outbox-title">{t().apply.outboxTitle}</h2>
          <ul>
            <For each={outbox.value()}>
              {(row) => {
                const serviceId = (row.body as { serviceId?: string }).serviceId ?? '';
                return (
                  <li>
                    <strong>{title(serviceId)}</strong> —{' '}
                    {row.failed ? fill(t().apply.outboxFailed, { reason: messageForCode(row.lastError ?? 'unknown') }) : t().apply.outboxWaiting}
                  </li>
                );
              }}
            </For>
          </ul>
        </section>
      </Show>
      <section aria-labelledby="drafts-title">
        <h2 id="drafts-title">{t().apply.draftsTitle}</h2>
        <Show when={drafts.value()?.length} fallback={<p>{t().apply.noDrafts}</p>}>
          <ul class="service-list">
            <For each={drafts.value()}>
              {(draft) => (
                <li class="card">
                  <Link to="/catalog/$serviceId/apply" params={{ serviceId: draft.serviceId }} search={{ draft: draft.id }}>
                    {title(draft.serviceId)}
                  </Link>
                  <p class="meta">{fill(t().apply.draftMeta, { when: formatDateTime(draft.updatedAt), step: draft.step + 1 })}</p>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </section>
      <CasesSection search={props.search} />
    </Page>
  );
}

export default function ApplicationsPage(props: { search: CasesSearch }) {
  return <RequireAccount>{(account) => <Lists account={account} search={props.search} />}</RequireAccount>;
}

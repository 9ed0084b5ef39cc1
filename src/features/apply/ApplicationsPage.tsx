// «Мои заявления»: sent applications with their status, and «Мои черновики» kept on this device.
import { Link } from '@tanstack/solid-router';
import { createResource, For, Show } from 'solid-js';
import { lastPull } from '../../client/changeFeed';
import { createLiveQuery } from '../../client/createLiveQuery';
import { listDrafts } from '../../client/repos/draftsRepo';
import { listOutbox } from '../../client/repos/outboxRepo';
import type { AccountView } from '../../domain/account';
import { fill, formatDateTime, locale, t } from '../../i18n/i18n';
import { errorText, messageForCode } from '../../ui/errorText';
import { Page } from '../../ui/Page';
import { RequireAccount } from '../account/RequireAccount';
import { findService } from '../catalog/catalogQuery';
import { listApplications } from './applyApi';
import { sentFromOutbox } from './submissionOutbox';
import { settled } from '../../ui/settled';

function Lists(props: { account: () => AccountView }) {
  const [applications] = createResource(() => [lastPull(), sentFromOutbox()], () => listApplications());
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
      <section aria-labelledby="sent-title">
        <h2 id="sent-title">{t().apply.sentTitle}</h2>
        <Show when={applications.error}>
          <p class="notice error" role="alert">{errorText(applications.error)}</p>
        </Show>
        <Show when={settled(applications)?.length} fallback={<Show when={settled(applications)}><p>{t().apply.noApplications}</p></Show>}>
          <ul class="service-list">
            <For each={settled(applications)}>
              {(application) => (
                <li class="card">
                  <Link to="/applications/$applicationId" params={{ applicationId: application.id }}>
                    {title(application.serviceId)}
                  </Link>
                  <p class="meta">
                    {fill(t().apply.numberShort, { number: application.number })} · <span class={`pill status-${application.status}`}>{t().apply.statuses[application.status]}</span> ·{' '}
                    {formatDateTime(application.submittedAt)}
                  </p>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </section>
    </Page>
  );
}

export default function ApplicationsPage() {
  return <RequireAccount>{(account) => <Lists account={account} />}</RequireAccount>;
}

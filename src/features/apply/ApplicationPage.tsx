// One application: after sending, its number and what happens next; always, its status history.
import { Link } from '@tanstack/solid-router';
import { createResource, For, Show } from 'solid-js';
import { formatDateTime, locale, t } from '../../i18n/i18n';
import { errorText } from '../../ui/errorText';
import { Page } from '../../ui/Page';
import { RequireAccount } from '../account/RequireAccount';
import { findService } from '../catalog/catalogQuery';
import { readApplication } from './applyApi';
import { settled } from '../../ui/settled';

function Details(props: { id: string; created: boolean }) {
  const [application] = createResource(() => props.id, readApplication);
  return (
    <Show when={settled(application)} fallback={<Show when={application.error}><div class="container"><p class="notice error" role="alert">{errorText(application.error)}</p></div></Show>}>
      {(app) => (
        <Page title={findService(app().serviceId)?.title[locale()] ?? app().serviceId}>
          <Show when={props.created}>
            <div class="notice success" role="status">
              <p><strong>{t().apply.sent}</strong></p>
              <p>{t().apply.numberLabel}: <strong class="reference">{app().number}</strong></p>
              <p>{t().apply.whatNext}</p>
            </div>
          </Show>
          <dl class="facts">
            <dt>{t().apply.numberLabel}</dt>
            <dd>{app().number}</dd>
            <dt>{t().apply.statusLabel}</dt>
            <dd><span class={`pill status-${app().status}`}>{t().apply.statuses[app().status]}</span></dd>
            <dt>{t().apply.resultTitle}</dt>
            <dd>{t().catalog.resultWays[app().resultWay]}</dd>
          </dl>
          <h2>{t().apply.timeline}</h2>
          <ol>
            <For each={app().timeline}>{(event) => <li>{formatDateTime(event.at)} — {t().apply.statuses[event.status]}</li>}</For>
          </ol>
          <Link to="/applications" class="button secondary">{t().nav.applications}</Link>
        </Page>
      )}
    </Show>
  );
}

export default function ApplicationPage(props: { id: string; created: boolean }) {
  return <RequireAccount>{() => <Details id={props.id} created={props.created} />}</RequireAccount>;
}

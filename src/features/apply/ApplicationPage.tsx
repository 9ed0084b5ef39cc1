// One application: after sending, its number and what happens next; then what to do now, its history,
// and what was sent. Follows the server: every change (a status, a notice) refreshes it.
import { Link } from '@tanstack/solid-router';
import { createResource, Show } from 'solid-js';
import { lastPull } from '../../client/changeFeed';
import { locale, t } from '../../i18n/i18n';
import { errorText } from '../../ui/errorText';
import { Page } from '../../ui/Page';
import { settled } from '../../ui/settled';
import { RequireAccount } from '../account/RequireAccount';
import { CaseAnswers } from '../cases/CaseAnswers';
import { CaseTimeline } from '../cases/CaseTimeline';
import { CaseTodo } from '../cases/CaseTodo';
import { StatusLabel } from '../cases/StatusLabel';
import { findService } from '../catalog/catalogQuery';
import { readApplication } from './applyApi';

function Details(props: { id: string; created: boolean }) {
  const [application, { mutate }] = createResource(() => [props.id, lastPull()] as const, ([id]) => readApplication(id));
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
            <dd class="reference">{app().number}</dd>
            <dt>{t().apply.statusLabel}</dt>
            <dd><StatusLabel status={app().status} /></dd>
            <dt>{t().apply.resultTitle}</dt>
            <dd>{t().catalog.resultWays[app().resultWay]}</dd>
          </dl>
          <CaseTodo app={app()} onChange={(next) => mutate({ ...next, asOf: app().asOf })} />
          <CaseTimeline timeline={app().timeline} />
          <p>
            <Link to="/appeals/new" search={{ type: 'objection', topic: 'services', related: app().number, service: app().serviceId }}>{t().cases.object}</Link>
          </p>
          <CaseAnswers app={app()} />
          <p><Link to="/applications" class="button secondary">{t().nav.applications}</Link></p>
        </Page>
      )}
    </Show>
  );
}

export default function ApplicationPage(props: { id: string; created: boolean }) {
  return <RequireAccount>{() => <Details id={props.id} created={props.created} />}</RequireAccount>;
}

// «Что сейчас»: the one thing that matters about a case at the moment — wait, send documents, take
// the result, or read why it was refused.
import { Match, Show, Switch } from 'solid-js';
import type { ApplicationView } from '../../domain/application';
import { fill, formatDateTime } from '../../i18n/i18n';
import { reasonText } from '../../i18n/reasons';
import { findService } from '../../domain/catalog/services';
import { DocumentsReply } from './DocumentsReply';
import { RefusedActions } from './RefusedActions';
import { WithdrawAction } from './WithdrawAction';
import { Link } from '../../ui/Link';
import { ElectronicResult, PickupTicket, PostTracking } from './ResultPanels';
import { casesTexts } from '../../i18n/lazy/cases';
import { ReturnedResult } from './ReturnedResult';

export function CaseTodo(props: { app: ApplicationView; onChange: (app: ApplicationView) => void }) {
  const term = () => findService(props.app.serviceId)?.termDays ?? { min: 1, max: 10 };
  const done = () => props.app.status === 'ready' || props.app.status === 'issued';
  return (
    <Switch>
      <Match when={props.app.status === 'documents_requested' && props.app.request}>
        {(request) => <DocumentsReply app={props.app} request={request()} onSent={props.onChange} />}
      </Match>
      <Match when={props.app.status === 'rejected'}>
        <section class="card todo attention" aria-labelledby="rejected-title">
          <h2 id="rejected-title">{casesTexts().cases.rejectedTitle}</h2>
          <Show when={props.app.rejection}>
            {(rejection) => (
              <>
                <p>{fill(casesTexts().cases.reasonLabel, { reason: reasonText(rejection().reason) })}</p>
                <Show when={rejection().comment}>{(comment) => <p>{fill(casesTexts().cases.officerComment, { comment: comment() })}</p>}</Show>
              </>
            )}
          </Show>
          <RefusedActions app={props.app} />
        </section>
      </Match>
      <Match when={done() && props.app.resultWay === 'electronic'}>
        <ElectronicResult app={props.app} now={props.app.asOf ?? props.app.updatedAt} onChange={props.onChange} />
      </Match>
      <Match when={props.app.status === 'ready' && props.app.resultWay === 'office'}>
        <PickupTicket app={props.app} />
      </Match>
      <Match when={props.app.resultWay === 'post' && props.app.tracking.length}>
        <PostTracking app={props.app} />
      </Match>
      <Match when={props.app.status === 'issued'}>
        <section class="card todo" aria-labelledby="issued-title">
          <h2 id="issued-title">{casesTexts().cases.issuedTitle}</h2>
          <p>{fill(casesTexts().cases.issuedLead, { date: formatDateTime(props.app.issuedAt ?? props.app.updatedAt) })}</p>
        </section>
      </Match>
      <Match when={props.app.status === 'returned'}>
        <ReturnedResult app={props.app} />
      </Match>
      <Match when={props.app.status === 'withdrawn'}>
        <section class="card todo" aria-labelledby="withdrawn-title">
          <h2 id="withdrawn-title">{casesTexts().cases.withdrawnTitle}</h2>
          <p>{fill(casesTexts().cases.withdrawnLead, { date: formatDateTime(props.app.timeline.at(-1)?.at ?? props.app.updatedAt) })}</p>
          <p>
            <Link to="/catalog/$serviceId" params={{ serviceId: props.app.serviceId }}>
              {casesTexts().cases.applyAgain}
            </Link>
          </p>
        </section>
      </Match>
      <Match when={true}>
        <section class="card todo" aria-labelledby="wait-title">
          <h2 id="wait-title">{casesTexts().cases.todoTitle}</h2>
          <p>{term().max === 0 ? casesTexts().cases.waitInstant : fill(casesTexts().cases.waitLead, term())}</p>
          <WithdrawAction app={props.app} onChange={props.onChange} />
        </section>
      </Match>
    </Switch>
  );
}

// One appeal from the device mirror: the confirmation after sending, its term and any warning or
// breach, the sent copy, every step, the answer, who opened it, and what the citizen can do now.
import { createLiveQuery } from '../../client/createLiveQuery';
import { Show } from 'solid-js';
import { readMirroredAppeal } from '../../client/repos/appealsRepo';
import type { AccountView } from '../../domain/account';
import { formatMoscowDateTime } from '../../domain/calendar';
import type { AppealView } from '../../domain/appeals/view';
import { fill } from '../../i18n/i18n';
import { isMissing, MissingItem } from '../../ui/MissingItem';
import { Page } from '../../ui/Page';
import { useAccount } from '../../ui/signedIn';
import { AppealActions } from './AppealActions';
import { AccessLog, AnswerPanel, SentCopy, Timeline } from './AppealDetails';
import { AppealStatus } from './AppealStatus';
import { AnswerDownloads } from './AnswerDownloads';
import { RateAnswer } from './RateAnswer';
import { appealsTexts } from '../../i18n/lazy/appeals';

const at = (ms: number) => formatMoscowDateTime(ms);

function Confirmation(props: { appeal: AppealView }) {
  const s = () => appealsTexts().appeals.sent;
  return (
    <section class="notice" aria-labelledby="sent-title">
      <h2 id="sent-title">{props.appeal.type === 'support' ? appealsTexts().appeals.supportRequest.sentTitle : s().title}</h2>
      <p>{fill(props.appeal.type === 'support' ? appealsTexts().appeals.supportRequest.number : s().number, { number: props.appeal.number })}</p>
      <p>{fill(s().when, { at: at(props.appeal.sentAt) })}</p>
      <Show
        when={props.appeal.type === 'support'}
        fallback={
          <p>
            {fill(s().next, {
              deadline: at(props.appeal.deadline),
              law: appealsTexts().appeals.laws[props.appeal.law as '59-FZ'] ?? props.appeal.law,
            })}
          </p>
        }
      >
        <p>{fill(appealsTexts().appeals.supportRequest.sentNext, { deadline: at(props.appeal.deadline) })}</p>
      </Show>
      <p>{s().follow}</p>
    </section>
  );
}

function Appeal(props: { account: () => AccountView; id: string; sent: boolean }) {
  const p = () => appealsTexts().appeals.page;
  const appeal = createLiveQuery(() => readMirroredAppeal(props.account().id, props.id));
  return (
    <Show
      when={appeal.value()}
      fallback={
        isMissing(appeal) ? (
          <MissingItem kind="appeal" />
        ) : (
          <Page title={appealsTexts().appeals.title}>
            <p role="status">{appealsTexts().appeals.loading}</p>
          </Page>
        )
      }
    >
      {(view) => (
        <Page title={`${appealsTexts().appeals.types[view().type]} № ${view().number}`}>
          <Show when={props.sent}>
            <Confirmation appeal={view()} />
          </Show>
          <p>
            <AppealStatus status={view().status} /> {view().subject}
          </p>
          <p>
            {fill(p().deadline, { date: at(view().deadline) })} ({appealsTexts().appeals.laws[view().law as '59-FZ'] ?? view().law})
          </p>
          <Show when={view().specialist}>{(name) => <p>{fill(p().specialist, { name: name() })}</p>}</Show>
          <Show when={view().archivedAt}>{(since) => <p class="notice">{fill(p().archived, { date: at(since()) })}</p>}</Show>
          <Show when={view().pausedSince}>{(since) => <p class="notice">{fill(p().paused, { date: at(since()) })}</p>}</Show>
          <Show when={view().request}>{(request) => <p class="notice">{fill(p().request, { documents: request().documents })}</p>}</Show>
          <Show when={view().extension}>{(ext) => <p class="notice">{fill(p().extension, { reason: ext().reason })}</p>}</Show>
          <Show when={view().warnedAt !== undefined && !view().answer && !view().breachedAt}>
            <p class="notice">{p().warning}</p>
          </Show>
          <Show when={view().breachedAt}>{(when) => <p class="notice error">{fill(p().breach, { date: at(when()) })}</p>}</Show>
          <Show when={view().reactionLate}>
            <p class="notice error">{p().reactionLate}</p>
          </Show>
          <Show when={view().refusal}>
            {(refusal) => (
              <p class="notice error">
                {p().refusal}: {appealsTexts().appeals.refusalReasons[refusal().reason]}
                {refusal().comment ? ` — ${refusal().comment}` : ''}
              </p>
            )}
          </Show>
          <Show when={view().answer}>
            {(answer) => (
              <>
                <AnswerPanel answer={answer()} support={view().type === 'support'} />
                <AnswerDownloads appeal={view()} />
              </>
            )}
          </Show>
          <AppealActions accountId={props.account().id} appeal={view()} />
          <Show when={view().answer}>
            <RateAnswer accountId={props.account().id} appeal={view()} />
          </Show>
          <Timeline appeal={view()} />
          <SentCopy appeal={view()} />
          <AccessLog appeal={view()} />
        </Page>
      )}
    </Show>
  );
}

export default function AppealPage(props: { id: string; sent: boolean }) {
  // Read once here: a prop call would run later, in event handlers, outside the route's context.
  const account = useAccount();
  return <Appeal account={account} id={props.id} sent={props.sent} />;
}

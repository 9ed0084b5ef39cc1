// The parts of an appeal page that only show: the sent copy, the steps with date and time, the answer,
// and the department's access log (who opened it, when and why).
import { For, Show } from 'solid-js';
import type { AppealView } from '../../domain/appeals/view';
import { formatMoscowDateTime } from '../../domain/calendar';
import { fill, formatBytes } from '../../i18n/i18n';
import { AppealCopy } from './AppealCopy';
import { AppealStatus } from './AppealStatus';
import { sentRows } from './sentRows';
import { appealsTexts } from '../../i18n/lazy/appeals';

const at = (ms: number) => formatMoscowDateTime(ms);

export function SentCopy(props: { appeal: AppealView }) {
  const p = () => appealsTexts().appeals.page;
  return (
    <section aria-labelledby="sent-copy">
      <h2 id="sent-copy">{p().sentCopy}</h2>
      <Show when={props.appeal.resendOf}>{(old) => <p>{fill(p().resendOf, { number: old().number })}</p>}</Show>
      <dl class="review">
        <For each={sentRows(props.appeal)}>
          {(row) => (
            <>
              <dt>{row.label}</dt>
              <dd class="pre-wrap">{row.value}</dd>
            </>
          )}
        </For>
      </dl>
      <Show when={props.appeal.signed}>
        <p>{p().signed}</p>
      </Show>
      <Show when={props.appeal.files.length}>
        <h3>{p().files}</h3>
        <ul>
          <For each={props.appeal.files}>
            {(file) => (
              <li>
                {file.name} ({formatBytes(file.size)})
              </li>
            )}
          </For>
        </ul>
      </Show>
      <AppealCopy appeal={props.appeal} />
    </section>
  );
}

export function Timeline(props: { appeal: AppealView }) {
  const p = () => appealsTexts().appeals.page;
  return (
    <section aria-labelledby="appeal-timeline">
      <h2 id="appeal-timeline">{p().timeline}</h2>
      <ol class="timeline">
        <For each={props.appeal.timeline}>
          {(entry) => (
            <li>
              <time>{at(entry.at)}</time> — <AppealStatus status={entry.status} />{' '}
              {appealsTexts().appeals.notes[entry.note as keyof ReturnType<typeof appealsTexts>['appeals']['notes']] ?? entry.note}
              <Show when={entry.by}>{(by) => <> · {by()}</>}</Show>
              <Show when={entry.comment}>{(comment) => <p class="hint">{comment()}</p>}</Show>
            </li>
          )}
        </For>
      </ol>
    </section>
  );
}

export function AnswerPanel(props: { answer: NonNullable<AppealView['answer']>; support?: boolean }) {
  const p = () => appealsTexts().appeals.page;
  return (
    <section aria-labelledby="appeal-answer">
      <h2 id="appeal-answer">{props.support ? appealsTexts().appeals.supportRequest.answer : p().answer}</h2>
      <Show when={props.answer.late}>
        <p class="notice error">{p().late}</p>
      </Show>
      <dl class="review">
        <dt>{p().outcome}</dt>
        <dd>{appealsTexts().appeals.outcomes[props.answer.outcome]}</dd>
        <dt>{p().code}</dt>
        <dd>{props.answer.code}</dd>
        <dt>{p().explanation}</dt>
        <dd>{props.answer.explanation}</dd>
        <dt>{p().nextSteps}</dt>
        <dd>{props.answer.nextSteps}</dd>
        <dt>{p().executor}</dt>
        <dd>{`${props.answer.executor.name}, ${props.answer.executor.position}, ${props.answer.executor.phone}`}</dd>
        <dt>{appealsTexts().appeals.columns.sent}</dt>
        <dd>{at(props.answer.at)}</dd>
      </dl>
    </section>
  );
}

export function AccessLog(props: { appeal: AppealView }) {
  const p = () => appealsTexts().appeals.page;
  return (
    <section aria-labelledby="appeal-access">
      <h2 id="appeal-access">{p().access}</h2>
      <Show when={props.appeal.access.length} fallback={<p>{p().accessEmpty}</p>}>
        <ul>
          <For each={props.appeal.access}>
            {(row) => (
              <li>
                {fill(p().accessRow, {
                  at: at(row.at),
                  clerk: row.clerk,
                  reason:
                    appealsTexts().appeals.openReasons[row.reason as keyof ReturnType<typeof appealsTexts>['appeals']['openReasons']] ?? row.reason,
                })}
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}

// Every status change of a case with its date, time, the department's note and the officer's words.
import { For, Show } from 'solid-js';
import type { ApplicationView } from '../../domain/application';
import { fill, formatDateTime } from '../../i18n/i18n';
import type { Dictionary } from '../../i18n/ru';
import { reasonText } from '../../i18n/reasons';
import { StatusLabel } from './StatusLabel';
import { casesTexts } from '../../i18n/lazy/cases';

type Note = keyof Dictionary['cases']['notes'];

export function CaseTimeline(props: { timeline: ApplicationView['timeline'] }) {
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">{casesTexts().cases.timelineTitle}</h2>
      <ol class="timeline">
        <For each={props.timeline}>
          {(entry) => (
            <li>
              <time datetime={new Date(entry.at).toISOString()}>{formatDateTime(entry.at)}</time>
              <StatusLabel status={entry.status} />
              <Show when={entry.note && casesTexts().cases.notes[entry.note as Note]}>{(note) => <p>{note()}</p>}</Show>
              <Show when={entry.reason && reasonText(entry.reason)}>
                {(reason) => <p>{fill(casesTexts().cases.reasonLabel, { reason: reason() })}</p>}
              </Show>
              <Show when={entry.comment}>{(comment) => <p>{fill(casesTexts().cases.officerComment, { comment: comment() })}</p>}</Show>
            </li>
          )}
        </For>
      </ol>
    </section>
  );
}

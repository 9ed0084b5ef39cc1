// An application's answers under their form's step headings: the citizen's page and the operator's
// console show the same rows (from src/domain/answerRows) the same way.
import { For, Show } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import { answerGroups, type AnswerRow } from '../domain/answerRows';

export function AnswerList(props: { rows: readonly AnswerRow[]; headingLevel: 3 | 4 }) {
  return (
    <For each={answerGroups(props.rows)}>
      {(group) => (
        <>
          <Show when={group.heading}>{(heading) => <Dynamic component={`h${props.headingLevel}`}>{heading()}</Dynamic>}</Show>
          <dl class="facts">
            <For each={group.rows}>
              {(row) => (
                <>
                  <dt>{row.label}</dt>
                  <dd>{row.value}</dd>
                </>
              )}
            </For>
          </dl>
        </>
      )}
    </For>
  );
}

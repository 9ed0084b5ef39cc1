// What a genuine appeal answer says, as the department signed it (the values stay in Russian, as on
// the paper): which answer it is, to which appeal, with what outcome, when and by whom.
import { For } from 'solid-js';
import type { AnswerData } from '../../domain/appeals/answerDocument';
import { fill, t } from '../../i18n/i18n';

export function AnswerFacts(props: { answer: AnswerData }) {
  const d = () => t().verify.answer;
  const rows = (): [string, string | undefined][] => [
    [d().document, fill(d().title, { number: props.answer.number })],
    [d().outcome, d().outcomes[props.answer.outcome]],
    [d().answeredAt, props.answer.answeredAt],
    [d().number, props.answer.number],
    [d().sentAt, props.answer.sentAt],
    [d().type, props.answer.type],
    [d().topic, props.answer.topic],
    [d().subject, props.answer.subject],
    [d().code, String(props.answer.code)],
    [d().executor, `${props.answer.executor.name}, ${props.answer.executor.position}, ${props.answer.executor.phone}`],
    [d().authority, props.answer.authority],
  ];
  return (
    <>
      <p>{d().certified}</p>
      <dl aria-label={d().label} class="verdict-facts">
        <For each={rows().filter(([, value]) => value)}>
          {([label, value], i) => (
            <>
              <dt>{label}</dt>
              <dd classList={{ strong: i() === 0 }}>{value}</dd>
            </>
          )}
        </For>
      </dl>
    </>
  );
}

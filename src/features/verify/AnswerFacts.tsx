// What a genuine appeal answer says, as the department signed it (the values stay in Russian, as on
// the paper): which answer it is, to which appeal, with what outcome, when and by whom.
import type { AnswerData } from '../../domain/appeals/answerDocument';
import { fill } from '../../i18n/i18n';
import { VerdictFacts } from './VerdictFacts';
import { verifyTexts } from '../../i18n/lazy/verify';

export function AnswerFacts(props: { answer: AnswerData }) {
  const d = () => verifyTexts().verify.answer;
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
  return <VerdictFacts certified={d().certified} label={d().label} rows={rows()} />;
}

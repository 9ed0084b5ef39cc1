// «Вопрос ведомству» on the case page: the citizen's questions and the department's replies (written on
// the simulated clock, src/domain/lifecycle/questions.ts), and a form to ask another. What was typed stays
// in the field when sending fails.
import type * as v from 'valibot';
import { createSignal, For, Show } from 'solid-js';
import type { ApplicationView } from '../../domain/application';
import { QUESTION_MAX, QuestionSchema } from '../../domain/lifecycle/questions';
import { fill, formatDateTime } from '../../i18n/i18n';
import { reasonText } from '../../i18n/reasons';
import { casesTexts } from '../../i18n/lazy/cases';
import { errorText } from '../../ui/errorText';
import { createForm, fieldId } from '../../ui/form/createForm';
import { ErrorSummary } from '../../ui/form/ErrorSummary';
import { TextAreaField } from '../../ui/form/OtherFields';
import { askDepartment } from './casesApi';

type Reply = NonNullable<NonNullable<ApplicationView['questions']>[number]['reply']>;

function replyText(reply: Reply): string {
  const texts = casesTexts().cases.replies;
  return fill(texts[reply.status], {
    deadline: reply.deadline ? formatDateTime(reply.deadline) : '',
    reason: reply.reason ? reasonText(reply.reason, 'inline') : '',
  });
}

export function CaseQuestions(props: { app: ApplicationView; onChange: (app: ApplicationView) => void }) {
  const form = createForm({ schema: () => QuestionSchema as v.GenericSchema, initial: { text: '' }, order: ['text'] });
  const [busy, setBusy] = createSignal(false);
  const [problem, setProblem] = createSignal('');
  const [sent, setSent] = createSignal(false);
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setProblem('');
    setSent(false);
    const output = form.submit() as { text: string } | null;
    if (!output || busy()) return;
    setBusy(true);
    try {
      props.onChange(await askDepartment(props.app.id, output.text));
      form.reset({ text: '' });
      setSent(true);
    } catch (error) {
      setProblem(errorText(error));
      document.getElementById(fieldId('text'))?.focus();
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="questions-title">
      <h2 id="questions-title">{casesTexts().cases.questionsTitle}</h2>
      <p>{casesTexts().cases.questionsLead}</p>
      <Show when={props.app.questions?.length} fallback={<p>{casesTexts().cases.questionsNone}</p>}>
        <ol class="thread">
          <For each={props.app.questions}>
            {(question) => (
              <li>
                <p class="thread-from">
                  {casesTexts().cases.you} · {formatDateTime(question.at)}
                </p>
                <p class="thread-text">{question.text}</p>
                <Show when={question.reply} fallback={<p class="thread-wait">{casesTexts().cases.replyWaiting}</p>}>
                  {(reply) => (
                    <div class="thread-reply">
                      <p class="thread-from">
                        {casesTexts().cases.department} · {formatDateTime(reply().at)}
                      </p>
                      <p class="thread-text">{replyText(reply())}</p>
                    </div>
                  )}
                </Show>
              </li>
            )}
          </For>
        </ol>
      </Show>
      <Show when={props.app.status !== 'withdrawn'}>
        <form onSubmit={(e) => void submit(e)} novalidate>
          <ErrorSummary form={form} labels={{ text: casesTexts().cases.questionLabel }} level={3} />
          <TextAreaField
            form={form}
            name="text"
            label={casesTexts().cases.questionLabel}
            hint={fill(casesTexts().cases.questionHint, { max: QUESTION_MAX })}
            maxLength={QUESTION_MAX}
          />
          <div role="alert">
            <Show when={problem()}>
              <p class="notice error">{problem()}</p>
            </Show>
          </div>
          <p role="status">{sent() ? casesTexts().cases.questionSent : ''}</p>
          <button type="submit" class="button" disabled={busy()}>
            {busy() ? casesTexts().cases.questionSending : casesTexts().cases.questionSend}
          </button>
        </form>
      </Show>
    </section>
  );
}

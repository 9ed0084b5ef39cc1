// The department's actions on one case, only those its status allows. One comment serves whichever
// action is taken. The form is checked with the shared OperatorActionSchema (the one the server parses
// with): a wrong input is named next to its field and in the summary, and nothing typed is lost.
import { createSignal, For, Show } from 'solid-js';
import { COMMENT_MAX, OperatorActionSchema, REPLY_DAYS } from '../../domain/lifecycle/types';
import { REJECTION_REASONS } from '../../domain/scenario';
import { fill } from '../../i18n/i18n';
import { CheckboxGroupField } from '../../ui/form/CheckboxGroupField';
import { createForm } from '../../ui/form/createForm';
import { ErrorSummary } from '../../ui/form/ErrorSummary';
import { SelectField, TextAreaField } from '../../ui/form/OtherFields';
import { TextField } from '../../ui/form/TextField';
import { ACTION_FIELDS, actionInput, emptyAction } from './caseText';
import { actOnCase, type ActionName, type OperatorCase } from './operatorApi';
import { reasonText } from '../../i18n/reasons';
import { operatorTexts } from '../../i18n/lazy/operator';

export function ActionForms(props: {
  item: OperatorCase;
  pin: string;
  documents: { id: string; title: string }[];
  onDone: (updated: OperatorCase, message: string) => void;
  onFailed: (error: unknown) => void;
}) {
  // The action last tried: a field checked on blur is checked as that action needs it.
  const [pending, setPending] = createSignal<ActionName>('accept');
  const [busy, setBusy] = createSignal(false);
  const form = createForm({
    schema: () => OperatorActionSchema,
    initial: emptyAction(),
    order: ACTION_FIELDS,
    prepare: (nested) => actionInput(pending(), nested),
  });
  const may = (name: ActionName) => props.item.actions.includes(name);
  const labels = () => ({
    documents: operatorTexts().operator.requestDocuments,
    days: operatorTexts().operator.days,
    reason: operatorTexts().operator.reason,
    comment: operatorTexts().operator.comment,
  });

  const run = async (name: ActionName) => {
    setPending(name);
    const action = form.submit();
    if (!action) return;
    setBusy(true);
    try {
      const updated = await actOnCase(props.pin, props.item.id, action);
      form.reset(emptyAction());
      props.onDone(updated, fill(operatorTexts().operator.done[name], { number: updated.number }));
    } catch (error) {
      props.onFailed(error);
    } finally {
      setBusy(false);
    }
  };
  const button = (name: ActionName, label: string, danger = false) => (
    <button type="button" class={danger ? 'button danger' : 'button'} disabled={busy()} onClick={() => void run(name)}>
      {label}
    </button>
  );

  return (
    <section class="card" aria-labelledby="actions-title">
      <h3 id="actions-title">{operatorTexts().operator.actions}</h3>
      <Show when={props.item.actions.length > 0} fallback={<p>{operatorTexts().operator.noActions}</p>}>
        <form onSubmit={(e) => e.preventDefault()} novalidate>
          <ErrorSummary form={form} labels={labels()} level={3} />
          <TextAreaField
            form={form}
            name="comment"
            label={operatorTexts().operator.comment}
            hint={fill(operatorTexts().operator.commentHint, { max: COMMENT_MAX })}
          />
          <div class="button-row">
            <For each={(['accept', 'ready', 'issue'] as const).filter(may)}>{(name) => button(name, operatorTexts().operator[name])}</For>
          </div>
          <Show when={may('request_documents')}>
            <fieldset class="filters stacked">
              <legend>{operatorTexts().operator.requestTitle}</legend>
              <Show when={props.documents.length} fallback={<p>{operatorTexts().operator.noDocumentsInService}</p>}>
                <CheckboxGroupField
                  form={form}
                  name="documents"
                  legend={operatorTexts().operator.requestDocuments}
                  options={props.documents.map((doc) => ({ value: doc.id, label: doc.title }))}
                />
                <TextField
                  form={form}
                  name="days"
                  label={operatorTexts().operator.days}
                  hint={fill(operatorTexts().operator.daysHint, REPLY_DAYS)}
                  inputmode="numeric"
                  maxLength={2}
                  width="short"
                />
                {button('request_documents', operatorTexts().operator.sendRequest)}
              </Show>
            </fieldset>
          </Show>
          <Show when={may('reject')}>
            <fieldset class="filters stacked">
              <legend>{operatorTexts().operator.rejectTitle}</legend>
              <SelectField
                form={form}
                name="reason"
                label={operatorTexts().operator.reason}
                placeholder={operatorTexts().operator.chooseReason}
                options={REJECTION_REASONS.map((reason) => ({ value: reason, label: reasonText(reason) }))}
              />
              {button('reject', operatorTexts().operator.sendReject, true)}
            </fieldset>
          </Show>
        </form>
      </Show>
    </section>
  );
}

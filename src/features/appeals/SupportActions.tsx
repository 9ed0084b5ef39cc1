// A support request's own actions: «Вопрос решён» or «Вопрос не решён» after an answer (a reopen says
// what is still wrong), and «Обратный звонок» at a chosen moment, shown once booked and once made.
import { Link } from '../../ui/Link';
import { For, Show } from 'solid-js';
import { ApiRequestError } from '../../client/api';
import { formatMoscowDateTime } from '../../domain/calendar';
import { TRIED_MAX } from '../../domain/appeals/input';
import { CallbackFormSchema, ReopenSchema } from '../../domain/appeals/supportInput';
import type { AppealView } from '../../domain/appeals/view';
import { fill } from '../../i18n/i18n';
import { createForm, type Form } from '../../ui/form/createForm';
import { ErrorSummary } from '../../ui/form/ErrorSummary';
import { TextAreaField } from '../../ui/form/OtherFields';
import { TextField } from '../../ui/form/TextField';
import { bookCallback, closeAppeal, reopenRequest } from './appealsApi';
import { appealsTexts } from '../../i18n/lazy/appeals';

const at = (ms: number) => formatMoscowDateTime(ms);

export function SupportActions(props: { accountId: string; appeal: AppealView; run: (call: () => Promise<unknown>) => Promise<void> }) {
  const sr = () => appealsTexts().appeals.supportRequest;
  const has = (action: AppealView['actions'][number]) => props.appeal.actions.includes(action);
  const reopen = createForm({ schema: () => ReopenSchema, initial: { comment: '' }, order: ['comment'] });
  const callback = createForm({
    schema: () => CallbackFormSchema,
    initial: { callAt: '', phone: props.appeal.contacts.phone },
    order: ['callAt', 'phone'],
  });
  // The server checks the moment against the simulated clock; its field codes land beside the fields.
  // A form empties once its action is done, so what it held is not sent twice by mistake.
  const withFields = (form: Form, call: () => Promise<unknown>, after: () => void) =>
    props.run(async () => {
      try {
        await call();
        after();
      } catch (error) {
        if (error instanceof ApiRequestError && error.fields) form.showServerErrors(error.fields);
        throw error;
      }
    });
  const submitReopen = (event: SubmitEvent) => {
    event.preventDefault();
    const parsed = reopen.submit();
    if (parsed)
      void withFields(
        reopen,
        () => reopenRequest(props.accountId, props.appeal.id, parsed.comment),
        () => reopen.reset({ comment: '' }),
      );
  };
  const submitCallback = (event: SubmitEvent) => {
    event.preventDefault();
    if (!callback.submit()) return;
    const { callAt, phone } = callback.values;
    void withFields(
      callback,
      () => bookCallback(props.accountId, props.appeal.id, String(callAt).trim(), String(phone).trim()),
      () => callback.reset({ callAt: '', phone: String(phone) }),
    );
  };
  return (
    <>
      <Show when={has('reopen')}>
        <p class="hint" id="solved-hint">
          {sr().solvedHint}
        </p>
        <button
          type="button"
          class="button"
          aria-describedby="solved-hint"
          onClick={() => void props.run(() => closeAppeal(props.accountId, props.appeal.id))}
        >
          {sr().solved}
        </button>
        <form noValidate onSubmit={submitReopen} aria-labelledby="reopen-title">
          <h3 id="reopen-title">{sr().reopen}</h3>
          <ErrorSummary form={reopen} labels={{ comment: sr().reopenComment }} />
          <TextAreaField form={reopen} name="comment" label={sr().reopenComment} hint={sr().reopenHint} maxLength={TRIED_MAX} />
          <button type="submit" class="button secondary">
            {sr().reopen}
          </button>
        </form>
      </Show>
      <For each={props.appeal.callbacks ?? []}>
        {(call) => (
          <p class="notice" role="status">
            {call.doneAt === undefined
              ? fill(sr().callbackBooked, { at: at(call.callAt), phone: call.phone })
              : fill(sr().callbackMade, { at: at(call.doneAt), phone: call.phone })}{' '}
            <Show when={call.doneAt !== undefined}>
              <Link to="/inbox" search={{ channel: 'sms' }}>
                {sr().messagesLink}
              </Link>
            </Show>
          </p>
        )}
      </For>
      <Show when={has('callback')}>
        <form noValidate onSubmit={submitCallback} aria-labelledby="callback-title">
          <h3 id="callback-title">{sr().callback}</h3>
          <p>{sr().callbackLead}</p>
          <ErrorSummary form={callback} labels={{ callAt: sr().callbackAt, phone: sr().callbackPhone }} />
          <TextField form={callback} name="callAt" label={sr().callbackAt} hint={sr().callbackAtHint} maxLength={16} width="short" />
          <TextField form={callback} name="phone" type="tel" autocomplete="tel" label={sr().callbackPhone} />
          <button type="submit" class="button secondary">
            {sr().callbackBook}
          </button>
        </form>
      </Show>
    </>
  );
}

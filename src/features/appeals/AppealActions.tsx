// What the citizen can do on an appeal now: add materials when asked, repeat after 48 hours, close,
// send again after a refusal, object to the answer. Each result lands in the mirror at once.
import { Link } from '../../ui/Link';
import { createSignal, Show } from 'solid-js';
import { MATERIALS_COMMENT_MAX } from '../../domain/appeals/input';
import type { AppealView } from '../../domain/appeals/view';

import { errorText } from '../../ui/errorText';
import { addMaterials, closeAppeal, repeatAppeal } from './appealsApi';
import { SupportActions } from './SupportActions';
import { appealsTexts } from '../../i18n/lazy/appeals';

export function AppealActions(props: { accountId: string; appeal: AppealView }) {
  const p = () => appealsTexts().appeals.page;
  const [message, setMessage] = createSignal<{ error: boolean; text: string } | null>(null);
  const [comment, setComment] = createSignal('');
  const [escalate, setEscalate] = createSignal(false);
  const has = (action: AppealView['actions'][number]) => props.appeal.actions.includes(action);
  const run = async (call: () => Promise<unknown>) => {
    setMessage(null);
    try {
      await call();
      setMessage({ error: false, text: p().done });
    } catch (error) {
      setMessage({ error: true, text: errorText(error) });
    }
  };
  return (
    <section aria-labelledby="appeal-actions">
      <h2 id="appeal-actions">{p().actions}</h2>
      <Show when={has('materials')}>
        <form onSubmit={(e) => (e.preventDefault(), void run(() => addMaterials(props.accountId, props.appeal.id, comment().trim(), [])))}>
          <div class="field">
            <label for="materials-comment">{p().materialsComment}</label>
            <p class="hint" id="materials-hint">
              {p().materialsHint}
            </p>
            <textarea
              id="materials-comment"
              rows={4}
              maxLength={MATERIALS_COMMENT_MAX}
              aria-describedby="materials-hint"
              value={comment()}
              onInput={(e) => setComment(e.currentTarget.value)}
            />
          </div>
          <button type="submit" class="button">
            {p().sendMaterials}
          </button>
        </form>
      </Show>
      <Show when={has('repeat')}>
        <p class="hint" id="repeat-hint">
          {p().repeatHint}
        </p>
        <div class="check">
          <input id="repeat-escalate" type="checkbox" checked={escalate()} onChange={(e) => setEscalate(e.currentTarget.checked)} />
          <label for="repeat-escalate">{p().escalate}</label>
        </div>
        <button
          type="button"
          class="button secondary"
          aria-describedby="repeat-hint"
          onClick={() => void run(() => repeatAppeal(props.accountId, props.appeal.id, escalate()))}
        >
          {p().repeat}
        </button>
      </Show>
      <div class="button-row">
        <Show when={has('resend')}>
          <Link
            to="/appeals/new"
            search={{ resend: props.appeal.id, type: props.appeal.type, topic: props.appeal.topic, related: props.appeal.relatedNumber }}
            class="button"
          >
            {p().resend}
          </Link>
        </Show>
        <Show when={props.appeal.answer && props.appeal.type !== 'support'}>
          <Link to="/appeals/new" search={{ type: 'objection', related: props.appeal.number }} class="button secondary">
            {p().objection}
          </Link>
        </Show>
        <Show when={has('close') && !has('reopen')}>
          <button type="button" class="button secondary" onClick={() => void run(() => closeAppeal(props.accountId, props.appeal.id))}>
            {p().close}
          </button>
        </Show>
      </div>
      <Show when={props.appeal.type === 'support'}>
        <SupportActions accountId={props.accountId} appeal={props.appeal} run={run} />
      </Show>
      <Show when={message()}>
        {(m) => (
          <p class={m().error ? 'notice error' : 'notice'} role={m().error ? 'alert' : 'status'}>
            {m().text}
          </p>
        )}
      </Show>
    </section>
  );
}

// The clerk's actions on one appeal: each offered only when the appeal's status allows it. Fields are
// plain inputs; the server checks every value with the shared schema and answers in codes.
import { createSignal, For, Show } from 'solid-js';
import { OUTCOMES, REFUSAL_REASONS, type ClerkAction } from '../../domain/appeals/types';
import { fill } from '../../i18n/i18n';
import { errorText } from '../../ui/errorText';
import { actOnAppeal, type ConsoleAppeal } from './appealsConsoleApi';
import { appealsTexts } from '../../i18n/lazy/appeals';

export function AppealActionForms(props: { pin: string; appeal: ConsoleAppeal; onDone: (next: ConsoleAppeal) => void }) {
  const c = () => appealsTexts().appeals.console;
  const [message, setMessage] = createSignal<{ error: boolean; text: string } | null>(null);
  const may = (action: ClerkAction['action']) => props.appeal.clerkActions.includes(action);
  // A support request's term is extended once by a day (DOMAIN §8), an appeal's by 30 days (§7).
  const extendLabel = () => (props.appeal.type === 'support' ? c().extendSupport : c().extend);
  const act = async (event: SubmitEvent, label: string, build: (data: FormData) => ClerkAction) => {
    event.preventDefault();
    setMessage(null);
    try {
      props.onDone(await actOnAppeal(props.pin, props.appeal.id, build(new FormData(event.currentTarget as HTMLFormElement))));
      setMessage({ error: false, text: fill(c().done, { action: label }) });
    } catch (error) {
      setMessage({ error: true, text: errorText(error) });
    }
  };
  const text = (data: FormData, name: string) => String(data.get(name) ?? '');
  const simple = (action: 'accept' | 'review' | 'close', label: () => string) => (
    <Show when={may(action)}>
      <form onSubmit={(e) => void act(e, label(), () => ({ action }))}>
        <button type="submit" class="button">
          {label()}
        </button>
      </form>
    </Show>
  );
  const field = (id: string, label: string, multiline = false, hint?: string) => (
    <div class="field">
      <label for={id}>{label}</label>
      <Show when={hint}>
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      </Show>
      {multiline ? <textarea id={id} name={id} rows={3} /> : <input id={id} name={id} aria-describedby={hint ? `${id}-hint` : undefined} />}
    </div>
  );
  return (
    <section aria-labelledby="console-act">
      <h2 id="console-act">{c().act}</h2>
      <div class="button-row">
        {simple('accept', () => c().accept)}
        {simple('review', () => c().review)}
        {simple('close', () => c().close)}
      </div>
      <Show when={may('request_documents')}>
        <form
          onSubmit={(e) =>
            void act(e, c().requestDocuments, (d) => ({
              action: 'request_documents',
              documents: text(d, 'documents'),
              comment: text(d, 'request-comment') || undefined,
            }))
          }
        >
          {field('documents', c().documents)}
          {field('request-comment', c().comment)}
          <button type="submit" class="button secondary">
            {c().requestDocuments}
          </button>
        </form>
      </Show>
      <Show when={may('extend')}>
        <form onSubmit={(e) => void act(e, extendLabel(), (d) => ({ action: 'extend', reason: text(d, 'extend-reason') }))}>
          {field('extend-reason', c().extendReason)}
          <button type="submit" class="button secondary">
            {extendLabel()}
          </button>
        </form>
      </Show>
      <Show when={may('answer')}>
        <form
          onSubmit={(e) =>
            void act(e, c().answer, (d) => ({
              action: 'answer',
              answer: {
                outcome: text(d, 'outcome') as (typeof OUTCOMES)[number],
                code: Number(text(d, 'code')),
                explanation: text(d, 'explanation'),
                nextSteps: text(d, 'next-steps'),
                executor: { name: text(d, 'executor-name'), position: text(d, 'executor-position'), phone: text(d, 'executor-phone') },
                attachments: [],
              },
            }))
          }
        >
          <div class="field">
            <label for="outcome">{c().outcome}</label>
            <select id="outcome" name="outcome">
              <For each={OUTCOMES}>{(o) => <option value={o}>{appealsTexts().appeals.outcomes[o]}</option>}</For>
            </select>
          </div>
          {field('code', c().code)}
          {field('explanation', c().explanation, true)}
          {field('next-steps', c().nextSteps, true)}
          {field('executor-name', c().executorName)}
          {field('executor-position', c().executorPosition)}
          {field('executor-phone', c().executorPhone, false, c().executorPhoneHint)}
          <button type="submit" class="button">
            {c().answer}
          </button>
        </form>
      </Show>
      <Show when={may('refuse')}>
        <form
          onSubmit={(e) =>
            void act(e, c().refuse, (d) => ({
              action: 'refuse',
              reason: text(d, 'refuse-reason') as (typeof REFUSAL_REASONS)[number],
              comment: text(d, 'refuse-comment') || undefined,
            }))
          }
        >
          <div class="field">
            <label for="refuse-reason">{c().refuseReason}</label>
            <select id="refuse-reason" name="refuse-reason">
              <For each={REFUSAL_REASONS}>{(r) => <option value={r}>{appealsTexts().appeals.refusalReasons[r]}</option>}</For>
            </select>
          </div>
          {field('refuse-comment', c().comment)}
          <button type="submit" class="button secondary">
            {c().refuse}
          </button>
        </form>
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

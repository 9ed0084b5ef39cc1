// The console's door: the operator types the PIN set on the demo page; the server checks it before the
// tab keeps it. A wrong PIN is said next to the field, which takes the focus back.
import { Link } from '@tanstack/solid-router';
import { createSignal, onMount, Show } from 'solid-js';
import { t } from '../../i18n/i18n';
import { PIN_PATTERN } from '../../domain/operatorPin';
import { checkPin } from './operatorApi';
import { operatorErrorText } from './operatorText';

export function OperatorSignIn(props: { notice: string | null; onSignedIn: (token: string) => void }) {
  const [pin, setPin] = createSignal('');
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  let input: HTMLInputElement | undefined;
  onMount(() => {
    if (props.notice) input?.focus();
  });

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const value = pin().trim();
    if (!PIN_PATTERN.test(value)) {
      setError(t().operator.pinFormat);
      input?.focus();
      return;
    }
    setBusy(true);
    try {
      const token = await checkPin(value);
      setError(null);
      props.onSignedIn(token);
    } catch (failure) {
      setError(operatorErrorText(failure));
      input?.focus();
      input?.select();
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card" aria-labelledby="operator-signin-title">
      <h2 id="operator-signin-title">{t().operator.signInTitle}</h2>
      <Show when={props.notice}>
        <p class="notice" role="status">{props.notice}</p>
      </Show>
      <p>{t().operator.signInLead}</p>
      <form onSubmit={(e) => void submit(e)} novalidate>
        <div class="field field-short" classList={{ 'has-error': Boolean(error()) }}>
          <label for="operator-pin">{t().operator.pinLabel}</label>
          <span class="hint" id="operator-pin-hint">{t().operator.pinHint}</span>
          <Show when={error()}>
            <span class="error" id="operator-pin-error" role="alert">{error()}</span>
          </Show>
          <input
            id="operator-pin"
            ref={input}
            type="password"
            inputmode="numeric"
            autocomplete="off"
            maxLength={8}
            value={pin()}
            onInput={(e) => setPin(e.currentTarget.value)}
            aria-invalid={Boolean(error())}
            aria-describedby={error() ? 'operator-pin-hint operator-pin-error' : 'operator-pin-hint'}
          />
        </div>
        <div class="button-row">
          <button type="submit" class="button" disabled={busy()}>{t().operator.signIn}</button>
          <Link to="/demo" class="button secondary">{t().operator.demoLink}</Link>
        </div>
      </form>
    </section>
  );
}

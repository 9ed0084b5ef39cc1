// The operator PIN of the demo stand: whether one is set, and setting or changing it (changing needs the
// current PIN; a forgotten one is cleared only by a full reset). The PIN opens the operator console
// (/operator); the server keeps only its salted hash, so it is never shown back.
import { Link } from '@tanstack/solid-router';
import { createResource, createSignal, Show } from 'solid-js';

import { errorText, errorTextFrom } from '../../ui/errorText';
import { settled } from '../../ui/settled';
import { PIN_PATTERN } from '../../domain/operatorPin';
import { changePin, readPinState } from './demoApi';
import { operatorTexts } from '../../i18n/lazy/operator';
import { validationTexts } from '../../i18n/lazy/validation';

export function OperatorPinPanel() {
  const [state, { mutate }] = createResource(readPinState);
  const [pin, setPin] = createSignal('');
  const [current, setCurrent] = createSignal('');
  const [error, setError] = createSignal<string | null>(null);
  const [message, setMessage] = createSignal<{ ok: boolean; text: string } | null>(null);
  let input: HTMLInputElement | undefined;

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const value = pin().trim();
    if (!PIN_PATTERN.test(value)) {
      setError(validationTexts().validation.pin_format);
      setMessage(null);
      input?.focus();
      return;
    }
    setError(null);
    try {
      mutate(await changePin(value, settled(state)?.set ? current().trim() : undefined));
      setPin('');
      setCurrent('');
      setMessage({ ok: true, text: operatorTexts().operator.pinSaved });
    } catch (failure) {
      setMessage({ ok: false, text: errorTextFrom(operatorTexts().operator.errors, failure) });
    }
  };

  return (
    <section class="card" aria-labelledby="operator-pin-title">
      <h2 id="operator-pin-title">{operatorTexts().operator.pinPanelTitle}</h2>
      <p>{operatorTexts().operator.pinPanelLead}</p>
      <Show when={settled(state)}>{(s) => <p>{s().set ? operatorTexts().operator.pinIsSet : operatorTexts().operator.pinNotSet}</p>}</Show>
      <Show when={state.error}>
        <p class="notice error">{errorText(state.error)}</p>
      </Show>
      <form onSubmit={(e) => void submit(e)} novalidate>
        <Show when={settled(state)?.set}>
          <div class="field field-short">
            <label for="demo-operator-current-pin">{operatorTexts().operator.currentPin}</label>
            <input
              id="demo-operator-current-pin"
              type="password"
              inputmode="numeric"
              autocomplete="current-password"
              maxLength={8}
              value={current()}
              onInput={(e) => setCurrent(e.currentTarget.value)}
            />
          </div>
        </Show>
        <div class="field field-short" classList={{ 'has-error': Boolean(error()) }}>
          <label for="demo-operator-pin">{operatorTexts().operator.newPin}</label>
          <span class="hint" id="demo-operator-pin-hint">
            {operatorTexts().operator.pinHint}
          </span>
          <Show when={error()}>
            <span class="error" id="demo-operator-pin-error">
              {error()}
            </span>
          </Show>
          <input
            id="demo-operator-pin"
            ref={input}
            type="password"
            inputmode="numeric"
            autocomplete="new-password"
            maxLength={8}
            value={pin()}
            onInput={(e) => setPin(e.currentTarget.value)}
            aria-invalid={Boolean(error())}
            aria-describedby={error() ? 'demo-operator-pin-hint demo-operator-pin-error' : 'demo-operator-pin-hint'}
          />
        </div>
        <div class="button-row">
          <button type="submit" class="button">
            {operatorTexts().operator.savePin}
          </button>
          <Link to="/operator" class="button secondary">
            {operatorTexts().operator.openConsole}
          </Link>
        </div>
      </form>
      <p role="status" class={message()?.ok === false ? 'notice error' : message() ? 'notice success' : ''}>
        {message()?.text}
      </p>
    </section>
  );
}

// The operator PIN of the demo stand: whether one is set, and setting or changing it (changing needs the
// current PIN; a forgotten one is cleared only by a full reset). The PIN opens the operator console
// (/operator); the server keeps only its salted hash, so it is never shown back.
import { Link } from '../../ui/Link';
import { createResource, createSignal, Show } from 'solid-js';

import { errorText, errorTextFrom } from '../../ui/errorText';
import { settled } from '../../ui/settled';
import { PinChangeSchema } from '../../domain/operatorPin';
import { createForm, fieldId } from '../../ui/form/createForm';
import { TextField } from '../../ui/form/TextField';
import { StatusLine, type StatusMessage } from '../../ui/StatusLine';
import { changePin, readPinState } from './demoApi';
import { operatorTexts } from '../../i18n/lazy/operator';

const EMPTY = { pin: '', currentPin: '' };

export function OperatorPinPanel() {
  const [state, { mutate }] = createResource(readPinState);
  const form = createForm({ schema: () => PinChangeSchema, initial: EMPTY, order: ['currentPin', 'pin'] });
  const [message, setMessage] = createSignal<StatusMessage>(null);

  // One field that matters: a malformed PIN is said beside it and the field takes the focus back.
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setMessage(null);
    const output = form.submit();
    if (!output) {
      document.getElementById(fieldId('pin'))?.focus();
      return;
    }
    try {
      mutate(await changePin(output.pin, settled(state)?.set ? (output.currentPin ?? '') : undefined));
      form.reset(EMPTY);
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
          <TextField
            form={form}
            name="currentPin"
            label={operatorTexts().operator.currentPin}
            type="password"
            inputmode="numeric"
            autocomplete="current-password"
            maxLength={8}
            width="short"
          />
        </Show>
        <TextField
          form={form}
          name="pin"
          label={operatorTexts().operator.newPin}
          hint={operatorTexts().operator.pinHint}
          type="password"
          inputmode="numeric"
          autocomplete="new-password"
          maxLength={8}
          width="short"
        />
        <div class="button-row">
          <button type="submit" class="button">
            {operatorTexts().operator.savePin}
          </button>
          <Link to="/operator" class="button secondary">
            {operatorTexts().operator.openConsole}
          </Link>
        </div>
      </form>
      <StatusLine message={message()} />
    </section>
  );
}

// The console's door: the operator types the PIN set on the demo page, checked first with the shared
// OperatorPinSchema, then by the server before the tab keeps it. A wrong PIN is said next to the field,
// which takes the focus back.
import { Link } from '../../ui/Link';
import * as v from 'valibot';
import { createSignal, onMount, Show } from 'solid-js';

import { OperatorPinSchema } from '../../domain/operatorPin';
import { createForm, fieldId } from '../../ui/form/createForm';
import { ErrorSummary } from '../../ui/form/ErrorSummary';
import { TextField } from '../../ui/form/TextField';
import { checkPin } from './operatorApi';
import { operatorErrorText } from './operatorText';
import { operatorTexts } from '../../i18n/lazy/operator';

const SignInSchema = v.object({ pin: v.pipe(v.string('pin_format'), v.trim(), OperatorPinSchema) });

export function OperatorSignIn(props: { notice: string | null; onSignedIn: (token: string) => void }) {
  const form = createForm({ schema: () => SignInSchema, initial: { pin: '' }, order: ['pin'] });
  const [refused, setRefused] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const input = () => document.getElementById(fieldId('pin')) as HTMLInputElement | null;
  onMount(() => {
    if (props.notice) input()?.focus();
  });

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setRefused(null);
    const output = form.submit();
    if (!output || busy()) return;
    setBusy(true);
    try {
      const token = await checkPin(output.pin);
      props.onSignedIn(token);
    } catch (failure) {
      setRefused(operatorErrorText(failure));
      input()?.focus();
      input()?.select();
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card" aria-labelledby="operator-signin-title">
      <h2 id="operator-signin-title">{operatorTexts().operator.signInTitle}</h2>
      <Show when={props.notice}>
        <p class="notice" role="status">
          {props.notice}
        </p>
      </Show>
      <p>{operatorTexts().operator.signInLead}</p>
      <form onSubmit={(e) => void submit(e)} novalidate>
        <ErrorSummary form={form} labels={{ pin: operatorTexts().operator.pinLabel }} level={3} />
        <TextField
          form={form}
          name="pin"
          label={operatorTexts().operator.pinLabel}
          hint={operatorTexts().operator.pinHint}
          type="password"
          inputmode="numeric"
          autocomplete="off"
          maxLength={8}
          width="short"
        />
        <div role="alert">
          <Show when={refused()}>
            <p class="notice error">{refused()}</p>
          </Show>
        </div>
        <div class="button-row">
          <button type="submit" class="button" disabled={busy()}>
            {operatorTexts().operator.signIn}
          </button>
          <Link to="/demo" class="button secondary">
            {operatorTexts().operator.demoLink}
          </Link>
        </div>
      </form>
    </section>
  );
}

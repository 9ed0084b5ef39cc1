// Sign-in's second step when the account has the authenticator app: the app's 6-digit code, or
// «Использовать код восстановления» for one of the ten codes kept on paper.
import * as v from 'valibot';
import { createSignal, Show } from 'solid-js';
import { ApiRequestError } from '../../client/api';
import { CodeSchema, type LoginResult } from '../../domain/account';
import { RecoveryCodeSchema } from '../../domain/authenticator';
import { accountTexts } from '../../i18n/lazy/account';
import { errorText } from '../../ui/errorText';
import { createForm, fieldId } from '../../ui/form/createForm';
import { ErrorSummary } from '../../ui/form/ErrorSummary';
import { TextField } from '../../ui/form/TextField';
import { verifyAuthenticator } from './accountApi';

export function AuthenticatorStep(props: { flowId: string; onDone: (result: LoginResult) => Promise<void> }) {
  const texts = () => accountTexts().authenticator;
  const [recovery, setRecovery] = createSignal(false);
  const [failure, setFailure] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const schema = () => (recovery() ? v.object({ recoveryCode: RecoveryCodeSchema }) : v.object({ code: CodeSchema }));
  const form = createForm({ schema, initial: { code: '', recoveryCode: '' }, order: () => [recovery() ? 'recoveryCode' : 'code'] });
  const focus = (name: string) => queueMicrotask(() => document.getElementById(fieldId(name))?.focus());
  const toggle = () => {
    setRecovery(!recovery());
    setFailure(null);
    form.reset({ code: '', recoveryCode: '' });
    focus(recovery() ? 'recoveryCode' : 'code');
  };
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const output = form.submit() as { code: string } | { recoveryCode: string } | null;
    if (!output || busy()) return;
    setBusy(true);
    setFailure(null);
    try {
      await props.onDone(await verifyAuthenticator(props.flowId, output));
    } catch (error) {
      if (error instanceof ApiRequestError && error.fields) form.showServerErrors(error.fields);
      setFailure(errorText(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} novalidate>
      <ErrorSummary form={form} labels={{ code: texts().codeLabel, recoveryCode: texts().recoveryLabel }} />
      <Show
        when={recovery()}
        fallback={
          <TextField
            form={form}
            name="code"
            label={texts().codeLabel}
            hint={texts().codeHint}
            inputmode="numeric"
            autocomplete="one-time-code"
            maxLength={6}
            width="short"
          />
        }
      >
        <TextField
          form={form}
          name="recoveryCode"
          label={texts().recoveryLabel}
          hint={texts().recoveryHint}
          autocomplete="off"
          maxLength={11}
          width="short"
        />
      </Show>
      <div role="alert">
        <Show when={failure()}>
          <p class="notice error">{failure()}</p>
        </Show>
      </div>
      <div class="button-row">
        <button type="submit" class="button" disabled={busy()}>
          {accountTexts().account.signIn}
        </button>
        <button type="button" class="button secondary" onClick={toggle}>
          {recovery() ? texts().useApp : texts().useRecovery}
        </button>
      </div>
    </form>
  );
}

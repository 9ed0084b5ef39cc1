// «Смените временный пароль» (issue 19.12): after signing in with the password support sent, the only
// thing open is choosing one's own — no session exists until it is saved. A refusal about the new
// password (e.g. the same as the temporary one) is shown at the field. The page's heading names the step.
import { createSignal, onMount, Show } from 'solid-js';
import { ApiRequestError } from '../../client/api';
import type { LoginResult } from '../../domain/account';
import { fill, formatDateTime } from '../../i18n/i18n';
import { accountTexts } from '../../i18n/lazy/account';
import { errorText } from '../../ui/errorText';
import { createForm, fieldId } from '../../ui/form/createForm';
import { ErrorSummary } from '../../ui/form/ErrorSummary';
import { TextField } from '../../ui/form/TextField';
import { changeTemporaryPassword } from './accountApi';
import { PasswordField } from './PasswordField';
import { PasswordPairSchema } from './registerSteps';

export function TemporaryPasswordStep(props: {
  flowId: string;
  expiresAt: number;
  onDone: (result: LoginResult, password: string) => Promise<void>;
}) {
  const [failure, setFailure] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const form = createForm({ schema: () => PasswordPairSchema, initial: { password: '', passwordRepeat: '' }, order: ['password', 'passwordRepeat'] });
  const labels = () => accountTexts().account.fieldLabels;
  onMount(() => document.getElementById(fieldId('password'))?.focus());

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const output = form.submit();
    if (!output || busy()) return;
    setBusy(true);
    setFailure(null);
    try {
      await props.onDone(await changeTemporaryPassword(props.flowId, output.password), output.password);
    } catch (error) {
      if (error instanceof ApiRequestError && error.fields) form.showServerErrors(error.fields);
      setFailure(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} novalidate>
      <p>{fill(accountTexts().recovery.changeLead, { until: formatDateTime(props.expiresAt) })}</p>
      <ErrorSummary form={form} labels={{ password: labels().newPassword, passwordRepeat: labels().passwordRepeat }} />
      <PasswordField form={form} name="password" label={labels().newPassword} />
      <TextField form={form} name="passwordRepeat" label={labels().passwordRepeat} type="password" autocomplete="new-password" />
      <div role="alert">
        <Show when={failure()}>
          <p class="notice error">{failure()}</p>
        </Show>
      </div>
      <button type="submit" class="button" disabled={busy()}>
        {accountTexts().recovery.changeSave}
      </button>
    </form>
  );
}

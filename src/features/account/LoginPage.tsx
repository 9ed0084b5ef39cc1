// «Войти»: one login field for phone, e-mail or SNILS, the password, «Запомнить меня», then the SMS
// second factor when the account has it on. A lock-out says until when.
import { useNavigate } from '@tanstack/solid-router';
import { Link } from '../../ui/Link';
import type * as v from 'valibot';
import { createSignal, Show } from 'solid-js';
import { session } from '../../client/sessionState';
import { LoginSchema, type CodeTicket, type LoginResult } from '../../domain/account';

import { errorText } from '../../ui/errorText';
import { CheckboxField } from '../../ui/form/ChoiceField';
import { createForm } from '../../ui/form/createForm';
import { ErrorSummary } from '../../ui/form/ErrorSummary';
import { TextField } from '../../ui/form/TextField';
import { Page } from '../../ui/Page';
import { login, verifySecondFactor } from './accountApi';
import { resendCode } from '../../client/codesApi';
import { CodeStep } from '../../ui/CodeStep';
import { fieldId } from '../../ui/form/createForm';
import { AuthenticatorStep } from './AuthenticatorStep';
import { TemporaryPasswordStep } from './TemporaryPasswordStep';
import { accountTexts } from '../../i18n/lazy/account';

export default function LoginPage(props: { redirect?: string }) {
  const navigate = useNavigate();
  const [ticket, setTicket] = createSignal<CodeTicket | null>(null);
  const [appFlow, setAppFlow] = createSignal<string | null>(null);
  const [temporary, setTemporary] = createSignal<{ flowId: string; expiresAt: number } | null>(null);
  const [failure, setFailure] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const form = createForm({
    schema: () => LoginSchema,
    initial: { login: '', password: '', remember: false },
    order: ['login', 'password'],
  });
  const expired = () => {
    const state = session();
    return state.status === 'signed_out' && state.reason === 'expired';
  };

  const finish = async (result: LoginResult, password = String(form.values.password)) => {
    if (result.step === 'second_factor') {
      setTicket(result.ticket);
      return;
    }
    if (result.step === 'change_password') {
      setTemporary({ flowId: result.flowId, expiresAt: result.expiresAt });
      return;
    }
    if (result.step === 'authenticator') {
      setAppFlow(result.flowId);
      queueMicrotask(() => document.getElementById(fieldId('code'))?.focus());
      return;
    }
    // The password is at hand only now: it opens the device's encrypted data (or, in kiosk mode, encrypts it).
    const { enterAccount } = await import('../../client/enterAccount');
    await enterAccount(result.grant, password, form.values.remember === true);
    // «Войти» gives way to where the person was going: Back from there does not show the form again.
    await (props.redirect ? navigate({ href: props.redirect, replace: true }) : navigate({ to: '/profile', replace: true }));
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const output = form.submit() as v.InferOutput<typeof LoginSchema> | null;
    if (!output || busy()) return;
    setBusy(true);
    setFailure(null);
    try {
      await finish(await login(output));
    } catch (error) {
      setFailure(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title={temporary() ? accountTexts().recovery.changeTitle : accountTexts().account.loginTitle}>
      <Show when={expired()}>
        <p class="notice" role="status">
          {accountTexts().account.sessionExpired}
        </p>
      </Show>
      <Show when={appFlow()}>
        {(flowId) => (
          <>
            <h2>{accountTexts().authenticator.signInTitle}</h2>
            <AuthenticatorStep flowId={flowId()} onDone={finish} />
          </>
        )}
      </Show>
      <Show when={temporary()}>{(step) => <TemporaryPasswordStep flowId={step().flowId} expiresAt={step().expiresAt} onDone={finish} />}</Show>
      <Show
        when={ticket()}
        fallback={
          <Show when={!appFlow() && !temporary()}>
            <form onSubmit={(e) => void submit(e)} novalidate>
              <ErrorSummary
                form={form}
                labels={{ login: accountTexts().account.fieldLabels.login, password: accountTexts().account.fieldLabels.password }}
              />
              <TextField
                form={form}
                name="login"
                label={accountTexts().account.fieldLabels.login}
                hint={accountTexts().account.loginHint}
                autocomplete="username"
              />
              <TextField
                form={form}
                name="password"
                label={accountTexts().account.fieldLabels.password}
                type="password"
                autocomplete="current-password"
              />
              <CheckboxField form={form} name="remember" label={accountTexts().account.remember} />
              <div role="alert">
                <Show when={failure()}>
                  <p class="notice error">{failure()}</p>
                </Show>
              </div>
              <div class="button-row">
                <button type="submit" class="button" disabled={busy()}>
                  {accountTexts().account.signIn}
                </button>
              </div>
              <p>
                <Link to="/reset">{accountTexts().account.forgot}</Link>
              </p>
              <p>
                {accountTexts().account.noAccount} <Link to="/register">{accountTexts().account.registerTitle}</Link>
              </p>
            </form>
          </Show>
        }
      >
        <h2>{accountTexts().account.secondFactorTitle}</h2>
        <CodeStep
          ticket={ticket()!}
          onVerify={async (code) => finish(await verifySecondFactor(ticket()!.flowId, code))}
          onResend={() => resendCode(ticket()!.flowId)}
        />
      </Show>
    </Page>
  );
}

// «Восстановление пароля»: the login, then where the code goes (the account's phone and e-mail and the
// backup ones, masked; an unknown login gets choices that look the same), the code, a new password.
// Whoever has lost every contact is led to the request to support.
import { Link } from '../../ui/Link';
import * as v from 'valibot';
import { createSignal, Match, Show, Switch } from 'solid-js';
import { RESET_DESTINATIONS, type CodeTicket, type ResetDestination } from '../../domain/account';
import { ResetOptionsRequestSchema, type ResetOption } from '../../domain/recovery';
import { fill } from '../../i18n/i18n';
import { errorText } from '../../ui/errorText';
import { RadioField } from '../../ui/form/ChoiceField';
import { createForm, fieldId } from '../../ui/form/createForm';
import { ErrorSummary } from '../../ui/form/ErrorSummary';
import { TextField } from '../../ui/form/TextField';
import { Page } from '../../ui/Page';
import { completeReset, resetOptions, startReset, verifyReset } from './accountApi';
import { resendCode } from '../../client/codesApi';
import { CodeStep } from '../../ui/CodeStep';
import { PasswordField } from './PasswordField';
import { PasswordPairSchema } from './registerSteps';
import { accountTexts } from '../../i18n/lazy/account';

type Stage = 'login' | 'choose' | 'code' | 'password' | 'done';
const ChooseSchema = v.object({ destination: v.picklist(RESET_DESTINATIONS, 'required') });

export default function ResetPage() {
  const [stage, setStage] = createSignal<Stage>('login');
  const [options, setOptions] = createSignal<ResetOption[]>([]);
  const [ticket, setTicket] = createSignal<CodeTicket | null>(null);
  const [failure, setFailure] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const schemas = { login: ResetOptionsRequestSchema, choose: ChooseSchema, password: PasswordPairSchema };
  const form = createForm({
    schema: () => schemas[stage() as keyof typeof schemas] ?? PasswordPairSchema,
    initial: { login: '', destination: '', password: '', passwordRepeat: '' },
    order: () => (stage() === 'login' ? ['login'] : stage() === 'choose' ? ['destination'] : ['password', 'passwordRepeat']),
  });
  const labels = () => ({ ...accountTexts().account.fieldLabels, destination: texts().destinationLegend });
  const texts = () => accountTexts().recovery;
  const focus = (name: string) => queueMicrotask(() => document.getElementById(fieldId(name))?.focus());

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const output = form.submit();
    if (!output || busy()) return;
    setFailure(null);
    setBusy(true);
    try {
      if (stage() === 'login') {
        const found = await resetOptions(String(form.values.login));
        setOptions(found.options);
        form.set('destination', found.options[0]?.destination ?? 'phone');
        setStage('choose');
        focus('destination');
      } else if (stage() === 'choose') {
        setTicket(await startReset(String(form.values.login), (output as { destination: ResetDestination }).destination));
        setStage('code');
      } else {
        await completeReset(ticket()!.flowId, (output as { password: string }).password);
        setStage('done');
      }
    } catch (error) {
      setFailure(errorText(error));
    } finally {
      setBusy(false);
    }
  };
  const changeLogin = () => {
    setStage('login');
    focus('login');
  };

  return (
    <Page title={accountTexts().account.resetTitle} lead={accountTexts().account.resetLead}>
      <Switch>
        <Match when={stage() === 'code'}>
          <p>{accountTexts().account.resetCodeNote}</p>
          <CodeStep
            ticket={ticket()!}
            focusCode
            onVerify={async (code) => {
              await verifyReset(ticket()!.flowId, code);
              setStage('password');
              focus('password');
            }}
            onResend={() => resendCode(ticket()!.flowId)}
          />
        </Match>
        <Match when={stage() === 'done'}>
          <p class="notice success" role="status">
            {accountTexts().account.resetDone}
          </p>
          <Link to="/login" class="button">
            {accountTexts().account.signIn}
          </Link>
        </Match>
        <Match when={true}>
          <form onSubmit={(e) => void submit(e)} novalidate>
            <ErrorSummary form={form} labels={labels()} />
            <Switch>
              <Match when={stage() === 'login'}>
                <TextField form={form} name="login" label={labels().login} hint={accountTexts().account.loginHint} autocomplete="username" />
              </Match>
              <Match when={stage() === 'choose'}>
                <p>
                  {labels().login}: <strong>{String(form.values.login)}</strong>{' '}
                  <button type="button" class="button secondary small" onClick={changeLogin}>
                    {texts().changeLogin}
                  </button>
                </p>
                <RadioField
                  form={form}
                  name="destination"
                  legend={texts().destinationLegend}
                  hint={texts().destinationsHint}
                  options={options().map((o) => ({ value: o.destination, label: fill(texts().destinations[o.destination], { to: o.sentTo }) }))}
                />
              </Match>
              <Match when={stage() === 'password'}>
                <PasswordField form={form} name="password" label={labels().newPassword} />
                <TextField form={form} name="passwordRepeat" label={labels().passwordRepeat} type="password" autocomplete="new-password" />
              </Match>
            </Switch>
            <div role="alert">
              <Show when={failure()}>
                <p class="notice error">{failure()}</p>
              </Show>
            </div>
            <button type="submit" class="button" disabled={busy()}>
              {stage() === 'login' ? texts().next : stage() === 'choose' ? accountTexts().account.sendCode : accountTexts().account.savePassword}
            </button>
          </form>
        </Match>
      </Switch>
      <Show when={stage() === 'login' || stage() === 'choose'}>
        <p class="space-above">
          {texts().noAccess} <Link to="/reset/support">{texts().supportLink}</Link>
        </p>
      </Show>
    </Page>
  );
}

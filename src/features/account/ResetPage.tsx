// «Восстановление пароля»: login and where to send the code, the code, then a new password.
import { Link } from '@tanstack/solid-router';
import type * as v from 'valibot';
import { createSignal, Match, Show, Switch } from 'solid-js';
import { ResetStartSchema, type CodeTicket } from '../../domain/account';

import { errorText } from '../../ui/errorText';
import { RadioField } from '../../ui/form/ChoiceField';
import { createForm } from '../../ui/form/createForm';
import { ErrorSummary } from '../../ui/form/ErrorSummary';
import { TextField } from '../../ui/form/TextField';
import { Page } from '../../ui/Page';
import { completeReset, startReset, verifyReset } from './accountApi';
import { resendCode } from '../../client/codesApi';
import { CodeStep } from '../../ui/CodeStep';
import { PasswordField } from './PasswordField';
import { PasswordPairSchema } from './registerSteps';
import { accountTexts } from '../../i18n/lazy/account';

type Stage = 'start' | 'code' | 'password' | 'done';

export default function ResetPage() {
  const [stage, setStage] = createSignal<Stage>('start');
  const [ticket, setTicket] = createSignal<CodeTicket | null>(null);
  const [failure, setFailure] = createSignal<string | null>(null);
  const form = createForm({
    schema: () => (stage() === 'start' ? ResetStartSchema : PasswordPairSchema),
    initial: { login: '', channel: 'sms', password: '', passwordRepeat: '' },
    order: ['login', 'channel', 'password', 'passwordRepeat'],
  });
  const labels = () => accountTexts().account.fieldLabels;

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const output = form.submit();
    if (!output) return;
    setFailure(null);
    try {
      if (stage() === 'start') {
        const start = output as v.InferOutput<typeof ResetStartSchema>;
        setTicket(await startReset(start.login, start.channel));
        setStage('code');
      } else {
        await completeReset(ticket()!.flowId, (output as { password: string }).password);
        setStage('done');
      }
    } catch (error) {
      setFailure(errorText(error));
    }
  };

  return (
    <Page title={accountTexts().account.resetTitle} lead={accountTexts().account.resetLead}>
      <Switch>
        <Match when={stage() === 'code'}>
          <p>{accountTexts().account.resetCodeNote}</p>
          <CodeStep
            ticket={ticket()!}
            onVerify={async (code) => {
              await verifyReset(ticket()!.flowId, code);
              setStage('password');
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
            <Show
              when={stage() === 'start'}
              fallback={
                <>
                  <PasswordField form={form} name="password" label={labels().newPassword} />
                  <TextField form={form} name="passwordRepeat" label={labels().passwordRepeat} type="password" autocomplete="new-password" />
                </>
              }
            >
              <TextField form={form} name="login" label={labels().login} hint={accountTexts().account.loginHint} autocomplete="username" />
              <RadioField
                form={form}
                name="channel"
                legend={accountTexts().account.channelLegend}
                options={[
                  { value: 'sms', label: accountTexts().account.channelSms },
                  { value: 'email', label: accountTexts().account.channelEmail },
                ]}
              />
            </Show>
            <div role="alert">
              <Show when={failure()}>
                <p class="notice error">{failure()}</p>
              </Show>
            </div>
            <button type="submit" class="button">
              {stage() === 'start' ? accountTexts().account.sendCode : accountTexts().account.savePassword}
            </button>
          </form>
        </Match>
      </Switch>
    </Page>
  );
}

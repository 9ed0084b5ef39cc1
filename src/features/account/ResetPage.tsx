// «Восстановление пароля»: login and where to send the code, the code, then a new password.
import { Link } from '@tanstack/solid-router';
import type * as v from 'valibot';
import { createSignal, Match, Show, Switch } from 'solid-js';
import { ResetStartSchema, type CodeTicket } from '../../domain/account';
import { t } from '../../i18n/i18n';
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
  const labels = () => t().account.fieldLabels;

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
    <Page title={t().account.resetTitle} lead={t().account.resetLead}>
      <Switch>
        <Match when={stage() === 'code'}>
          <p>{t().account.resetCodeNote}</p>
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
          <p class="notice success" role="status">{t().account.resetDone}</p>
          <Link to="/login" class="button">
            {t().account.signIn}
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
              <TextField form={form} name="login" label={labels().login} hint={t().account.loginHint} autocomplete="username" />
              <RadioField
                form={form}
                name="channel"
                legend={t().account.channelLegend}
                options={[
                  { value: 'sms', label: t().account.channelSms },
                  { value: 'email', label: t().account.channelEmail },
                ]}
              />
            </Show>
            <div role="alert">
              <Show when={failure()}>
                <p class="notice error">{failure()}</p>
              </Show>
            </div>
            <button type="submit" class="button">
              {stage() === 'start' ? t().account.sendCode : t().account.savePassword}
            </button>
          </form>
        </Match>
      </Switch>
    </Page>
  );
}

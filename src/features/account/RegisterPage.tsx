// «Регистрация»: phone, SMS code, person and e-mail, password, consent; one topic per step, and
// nothing typed is lost when moving back and forth.
import { useNavigate } from '@tanstack/solid-router';
import { Link } from '../../ui/Link';
import { createEffect, createSignal, Match, on, Show, Switch } from 'solid-js';
import { ApiRequestError } from '../../client/api';
import type { CodeTicket } from '../../domain/account';
import { fill, t } from '../../i18n/i18n';
import { errorText } from '../../ui/errorText';
import { CheckboxField } from '../../ui/form/ChoiceField';
import { createForm } from '../../ui/form/createForm';
import { ErrorSummary } from '../../ui/form/ErrorSummary';
import { TextField } from '../../ui/form/TextField';
import { Page } from '../../ui/Page';
import { completeRegistration, startRegistration, verifyRegistration } from './accountApi';
import { resendCode } from '../../client/codesApi';
import { CodeStep } from '../../ui/CodeStep';
import { PasswordField } from './PasswordField';
import { PersonFields } from '../../ui/form/PersonFields';
import { REGISTER_STEPS, STEP_FIELDS, STEP_SCHEMAS, type RegisterStep } from './registerSteps';
import { accountTexts } from '../../i18n/lazy/account';
import { profileTexts } from '../../i18n/lazy/profile';

export default function RegisterPage() {
  const navigate = useNavigate();
  const [step, setStep] = createSignal<RegisterStep>('phone');
  const [ticket, setTicket] = createSignal<CodeTicket | null>(null);
  const [failure, setFailure] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  let heading: HTMLHeadingElement | undefined;
  const form = createForm({
    schema: () => STEP_SCHEMAS[step()],
    initial: { phone: '', 'person.gender': '', consent: false },
    order: STEP_FIELDS.phone.concat(STEP_FIELDS.person, STEP_FIELDS.password, STEP_FIELDS.consent),
  });
  const labels = () => {
    const person = Object.entries(profileTexts().profile.fieldLabels).map(([key, label]) => [`person.${key}`, label]);
    return { ...accountTexts().account.fieldLabels, ...Object.fromEntries(person) };
  };
  createEffect(on(step, () => heading?.focus(), { defer: true }));

  const go = (next: RegisterStep) => {
    setFailure(null);
    setStep(next);
  };
  const stepIndex = () => REGISTER_STEPS.indexOf(step()) + 1;

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const output = form.submit() as Record<string, unknown> | null;
    if (!output || busy()) return;
    setBusy(true);
    setFailure(null);
    try {
      if (step() === 'phone') {
        setTicket(await startRegistration(String(output.phone)));
        go('code');
      } else if (step() === 'person') go('password');
      else if (step() === 'password') go('consent');
      else if (step() === 'consent') await finish();
    } catch (error) {
      if (error instanceof ApiRequestError && error.fields) {
        // Show each field error on the step that asks for that field, where it can be fixed.
        const first = Object.keys(error.fields)[0] ?? '';
        const owner = REGISTER_STEPS.find((name) => STEP_FIELDS[name].includes(first));
        if (owner && owner !== step()) go(owner);
        form.showServerErrors(error.fields);
      }
      setFailure(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  const finish = async () => {
    const personOut = form.check(STEP_SCHEMAS.person);
    const passwordOut = form.check(STEP_SCHEMAS.password);
    if (!personOut) return go('person');
    if (!passwordOut) return go('password');
    const grant = await completeRegistration({
      flowId: ticket()!.flowId,
      person: personOut.person,
      email: personOut.email,
      password: passwordOut.password,
      consent: true,
    });
    const { enterAccount } = await import('../../client/enterAccount');
    await enterAccount(grant, passwordOut.password, false);
    await navigate({ to: '/profile', search: { welcome: true } });
  };

  return (
    <Page title={accountTexts().account.registerTitle} lead={accountTexts().account.registerLead}>
      <p class="step-label">{fill(accountTexts().account.stepOf, { step: stepIndex(), total: REGISTER_STEPS.length })}</p>
      <h2 tabindex="-1" ref={heading}>
        {accountTexts().account.registerSteps[step()]}
      </h2>
      <Switch>
        <Match when={step() === 'code' && ticket()}>
          <CodeStep
            ticket={ticket()!}
            onVerify={async (code) => {
              await verifyRegistration(ticket()!.flowId, code);
              go('person');
            }}
            onResend={() => resendCode(ticket()!.flowId)}
          />
        </Match>
        <Match when={step() !== 'code'}>
          <form onSubmit={(e) => void submit(e)} novalidate>
            <ErrorSummary form={form} labels={labels()} />
            <Switch>
              <Match when={step() === 'phone'}>
                <TextField
                  form={form}
                  name="phone"
                  label={accountTexts().account.fieldLabels.phone}
                  hint={accountTexts().account.phoneHint}
                  type="tel"
                  autocomplete="tel"
                  inputmode="tel"
                />
              </Match>
              <Match when={step() === 'person'}>
                <PersonFields form={form} prefix="person" />
                <TextField
                  form={form}
                  name="email"
                  label={accountTexts().account.fieldLabels.email}
                  hint={accountTexts().account.emailHint}
                  type="email"
                  autocomplete="email"
                />
              </Match>
              <Match when={step() === 'password'}>
                <PasswordField form={form} name="password" label={accountTexts().account.fieldLabels.password} />
                <TextField
                  form={form}
                  name="passwordRepeat"
                  label={accountTexts().account.fieldLabels.passwordRepeat}
                  type="password"
                  autocomplete="new-password"
                />
              </Match>
              <Match when={step() === 'consent'}>
                <p>{accountTexts().account.consentText}</p>
                <CheckboxField form={form} name="consent" label={accountTexts().account.consentLabel} />
              </Match>
            </Switch>
            <div role="status">
              <Show when={failure()}>
                <p class="notice error">{failure()}</p>
              </Show>
            </div>
            <div class="button-row">
              <button type="submit" class="button" disabled={busy()}>
                {step() === 'consent' ? accountTexts().account.createAccount : accountTexts().account.continue}
              </button>
              <Show when={step() === 'password' || step() === 'consent'}>
                <button type="button" class="button secondary" onClick={() => go(REGISTER_STEPS[REGISTER_STEPS.indexOf(step()) - 1]!)}>
                  {accountTexts().account.back}
                </button>
              </Show>
            </div>
          </form>
        </Match>
      </Switch>
      <p>
        {accountTexts().account.haveAccount} <Link to="/login">{t().nav.signIn}</Link>
      </p>
    </Page>
  );
}

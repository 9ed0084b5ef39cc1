// «Безопасность» → the authenticator app: enrol with the QR code or the key as text, confirm with the
// first code, see the ten recovery codes once; when on, sign-in asks for its code instead of the SMS,
// and turning it off takes a code from it.
import { createSignal, For, Match, Show, Switch } from 'solid-js';
import * as v from 'valibot';
import { ApiRequestError } from '../../client/api';
import { updateAccount } from '../../client/session';
import { CodeSchema, type AccountView } from '../../domain/account';
import { accountTexts } from '../../i18n/lazy/account';
import { errorText } from '../../ui/errorText';
import { createForm } from '../../ui/form/createForm';
import { ErrorSummary } from '../../ui/form/ErrorSummary';
import { TextField } from '../../ui/form/TextField';
import { QrCode } from '../../ui/QrCode';
import { confirmAuthenticator, startAuthenticator, turnOffAuthenticator } from './accountApi';
import { StatusLine } from '../../ui/StatusLine';

/** The key in groups of four, as apps print it: easier to type and to check. */
const grouped = (secret: string) => secret.replace(/(.{4})/g, '$1 ').trim();

export function AuthenticatorSection(props: { account: () => AccountView }) {
  const texts = () => accountTexts().authenticator;
  const [enrolment, setEnrolment] = createSignal<{ secret: string; uri: string } | null>(null);
  const [recoveryCodes, setRecoveryCodes] = createSignal<string[] | null>(null);
  const [message, setMessage] = createSignal<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = createSignal(false);
  const form = createForm({ schema: () => v.object({ code: CodeSchema }), initial: { code: '' }, order: ['code'] });
  const focus = (id: string) => queueMicrotask(() => document.getElementById(id)?.focus());

  const run = async (call: () => Promise<void>) => {
    if (busy()) return;
    setBusy(true);
    setMessage(null);
    try {
      await call();
    } catch (error) {
      if (error instanceof ApiRequestError && error.fields) form.showServerErrors(error.fields);
      setMessage({ ok: false, text: errorText(error) });
    } finally {
      setBusy(false);
    }
  };
  const start = () =>
    run(async () => {
      setEnrolment(await startAuthenticator());
      form.reset({ code: '' });
      focus('authenticator-steps');
    });
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const output = form.submit();
    if (!output) return;
    void run(async () => {
      if (props.account().authenticator) {
        updateAccount(await turnOffAuthenticator({ code: output.code }));
        form.reset({ code: '' });
        setMessage({ ok: true, text: texts().turnedOff });
        return;
      }
      const enabled = await confirmAuthenticator(output.code);
      updateAccount(enabled.account);
      setEnrolment(null);
      setRecoveryCodes(enabled.recoveryCodes);
      form.reset({ code: '' });
      setMessage({ ok: true, text: texts().turnedOn });
      focus('recovery-title');
    });
  };
  const codeForm = (button: string) => (
    <form onSubmit={submit} novalidate>
      <ErrorSummary form={form} labels={{ code: texts().codeLabel }} />
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
      <div class="button-row">
        <button type="submit" class="button" disabled={busy()}>
          {button}
        </button>
      </div>
    </form>
  );

  return (
    <section class="card" aria-labelledby="authenticator-title">
      <h2 id="authenticator-title">{texts().title}</h2>
      <p>{props.account().authenticator ? texts().onLead : texts().offLead}</p>
      <StatusLine message={message()} />
      <Show when={recoveryCodes()}>
        {(codes) => (
          <div class="notice">
            <h3 id="recovery-title" tabindex="-1">
              {texts().recoveryTitle}
            </h3>
            <p>{texts().recoveryLead}</p>
            <ul class="recovery-codes" aria-label={texts().recoveryTitle}>
              <For each={codes()}>
                {(code) => (
                  <li>
                    <code>{code}</code>
                  </li>
                )}
              </For>
            </ul>
            <button type="button" class="button secondary" onClick={() => setRecoveryCodes(null)}>
              {texts().recoverySaved}
            </button>
          </div>
        )}
      </Show>
      <Switch>
        <Match when={props.account().authenticator && !recoveryCodes()}>
          <h3>{texts().turnOffTitle}</h3>
          {codeForm(texts().turnOff)}
        </Match>
        <Match when={enrolment()}>
          {(enrol) => (
            <>
              <h3 id="authenticator-steps" tabindex="-1">
                {texts().enrolTitle}
              </h3>
              <p>{texts().scan}</p>
              <div class="qr-box">
                <QrCode text={enrol().uri} label={texts().qrLabel} />
              </div>
              <p>
                {texts().keyLabel} <code>{grouped(enrol().secret)}</code>
              </p>
              {codeForm(texts().confirm)}
              <button type="button" class="button secondary" onClick={() => setEnrolment(null)}>
                {texts().cancel}
              </button>
            </>
          )}
        </Match>
        <Match when={!props.account().authenticator}>
          <button type="button" class="button" disabled={busy()} onClick={() => void start()}>
            {texts().start}
          </button>
        </Match>
      </Switch>
    </section>
  );
}

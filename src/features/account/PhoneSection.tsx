// The profile's phone: the number in use and «Изменить номер» — a new number (not another account's),
// then the codes sent to the number in use and to the new one, both typed in before it changes.
import { Link } from '../../ui/Link';
import { createSignal, Match, onCleanup, Switch } from 'solid-js';
import { resendCode } from '../../client/codesApi';
import { ApiRequestError } from '../../client/api';
import { updateAccount } from '../../client/session';
import { PhoneChangeCodesSchema, PhoneChangeStartSchema, type PhoneChangeTickets } from '../../domain/phoneChange';
import type { AccountView } from '../../domain/account';
import { formatPhone } from '../../domain/identifiers';
import { fill } from '../../i18n/i18n';
import { accountTexts } from '../../i18n/lazy/account';
import { errorTextFrom } from '../../ui/errorText';
import { createForm, fieldId } from '../../ui/form/createForm';
import { ErrorSummary } from '../../ui/form/ErrorSummary';
import { TextField } from '../../ui/form/TextField';
import { startPhoneChange, verifyPhoneChange } from './accountApi';
import { StatusLine } from '../../ui/StatusLine';

export function PhoneSection(props: { account: () => AccountView }) {
  const texts = () => accountTexts().phone;
  const [step, setStep] = createSignal<'idle' | 'number' | 'codes'>('idle');
  const [tickets, setTickets] = createSignal<PhoneChangeTickets | null>(null);
  const [message, setMessage] = createSignal<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = createSignal(false);
  const numberForm = createForm({ schema: () => PhoneChangeStartSchema, initial: { phone: '' }, order: ['phone'] });
  const codesForm = createForm({
    schema: () => PhoneChangeCodesSchema,
    initial: { currentCode: '', nextCode: '' },
    order: ['currentCode', 'nextCode'],
  });
  const focus = (name: string) => queueMicrotask(() => document.getElementById(fieldId(name))?.focus());

  /** Runs a server call; a refusal about a field is shown at that field, everything else in the status line. */
  const run = async (form: typeof numberForm | typeof codesForm, call: () => Promise<void>) => {
    if (busy()) return;
    setBusy(true);
    setMessage(null);
    try {
      await call();
    } catch (error) {
      if (error instanceof ApiRequestError && error.fields) form.showServerErrors(error.fields);
      setMessage({ ok: false, text: errorTextFrom({ phone_taken: texts().taken }, error) });
    } finally {
      setBusy(false);
    }
  };
  // «Отправить коды ещё раз» after the same cool-down as every code (CODE_RESEND_COOLDOWN_MS, told by the tickets).
  const [sentAt, setSentAt] = createSignal(Date.now());
  const [now, setNow] = createSignal(Date.now());
  const timer = setInterval(() => setNow(Date.now()), 1000);
  onCleanup(() => clearInterval(timer));
  const resendIn = () => {
    const sent = tickets();
    return sent ? Math.max(0, Math.ceil((sent.current.resendAt - sent.current.now - (now() - sentAt())) / 1000)) : 0;
  };
  const resend = () => {
    const sent = tickets();
    if (!sent) return;
    void run(codesForm, async () => {
      const [current, next] = await Promise.all([resendCode(sent.current.flowId), resendCode(sent.next.flowId)]);
      setTickets({ current, next });
      setSentAt(Date.now());
      codesForm.reset({ currentCode: '', nextCode: '' });
      setMessage({ ok: true, text: fill(texts().codesResent, { current: current.sentTo, next: next.sentTo }) });
      focus('currentCode');
    });
  };
  const begin = () => {
    numberForm.reset({ phone: '' });
    setMessage(null);
    setStep('number');
    focus('phone');
  };
  const cancel = () => {
    setStep('idle');
    setTickets(null);
  };
  const sendCodes = (event: SubmitEvent) => {
    event.preventDefault();
    const output = numberForm.submit();
    if (!output) return;
    void run(numberForm, async () => {
      setTickets(await startPhoneChange(output.phone));
      setSentAt(Date.now());
      codesForm.reset({ currentCode: '', nextCode: '' });
      setStep('codes');
      focus('currentCode');
    });
  };
  const confirm = (event: SubmitEvent) => {
    event.preventDefault();
    const output = codesForm.submit();
    const sent = tickets();
    if (!output || !sent) return;
    void run(codesForm, async () => {
      const account = await verifyPhoneChange({ currentFlowId: sent.current.flowId, nextFlowId: sent.next.flowId, ...output });
      updateAccount(account);
      cancel();
      setMessage({ ok: true, text: fill(texts().changed, { phone: formatPhone(account.phone) }) });
    });
  };

  return (
    <section class="card" aria-labelledby="phone-title">
      <h2 id="phone-title">{texts().title}</h2>
      <p>{formatPhone(props.account().phone)}</p>
      <StatusLine message={message()} />
      <Switch>
        <Match when={step() === 'idle'}>
          <button type="button" class="button secondary" onClick={begin}>
            {texts().change}
          </button>
        </Match>
        <Match when={step() === 'number'}>
          <form onSubmit={sendCodes} novalidate>
            <ErrorSummary form={numberForm} labels={{ phone: texts().newPhone }} />
            <TextField form={numberForm} name="phone" label={texts().newPhone} hint={texts().newPhoneHint} type="tel" autocomplete="tel" />
            <div class="button-row">
              <button type="submit" class="button" disabled={busy()}>
                {texts().sendCodes}
              </button>
              <button type="button" class="button secondary" onClick={cancel}>
                {texts().cancel}
              </button>
            </div>
          </form>
        </Match>
        <Match when={step() === 'codes' && tickets()}>
          {(sent) => (
            <form onSubmit={confirm} novalidate>
              <ErrorSummary form={codesForm} labels={{ currentCode: texts().currentCode, nextCode: texts().nextCode }} />
              <p>{fill(texts().codesSent, { current: sent().current.sentTo, next: sent().next.sentTo })}</p>
              <TextField
                form={codesForm}
                name="currentCode"
                label={texts().currentCode}
                hint={fill(texts().codeHint, { to: sent().current.sentTo })}
                inputmode="numeric"
                autocomplete="one-time-code"
                maxLength={6}
                width="short"
              />
              <TextField
                form={codesForm}
                name="nextCode"
                label={texts().nextCode}
                hint={fill(texts().codeHint, { to: sent().next.sentTo })}
                inputmode="numeric"
                autocomplete="one-time-code"
                maxLength={6}
                width="short"
              />
              <div class="button-row">
                <button type="submit" class="button" disabled={busy()}>
                  {texts().confirm}
                </button>
                <button type="button" class="button secondary" disabled={busy() || resendIn() > 0} onClick={resend}>
                  {resendIn() > 0 ? fill(texts().resendCodesIn, { seconds: resendIn() }) : texts().resendCodes}
                </button>
                <button type="button" class="button secondary" onClick={cancel}>
                  {texts().cancel}
                </button>
              </div>
              <p>
                <Link to="/inbox" search={{ channel: 'sms' }} target="_blank">
                  {accountTexts().account.openInbox}
                </Link>
              </p>
            </form>
          )}
        </Match>
      </Switch>
    </section>
  );
}

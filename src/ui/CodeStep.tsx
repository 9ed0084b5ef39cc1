// Entering a one-time code: where it was sent, the code field, resend after the cool-down, and a link
// to the simulated inbox where the code can be read.
import { Link } from './Link';
import * as v from 'valibot';
import { createSignal, onCleanup, onMount } from 'solid-js';
import { ApiRequestError } from '../client/api';
import { CodeSchema, type CodeTicket } from '../domain/account';
import { fill } from '../i18n/i18n';
import { errorText } from './errorText';
import { createForm, fieldId } from './form/createForm';
import { ErrorSummary } from './form/ErrorSummary';
import { TextField } from './form/TextField';
import { accountTexts } from '../i18n/lazy/account';
import { StatusLine } from './StatusLine';

const FIELD_CODES = new Set(['code_wrong', 'code_expired', 'code_attempts_exceeded']);

export function CodeStep(props: {
  ticket: CodeTicket;
  onVerify: (code: string) => Promise<void>;
  onResend: () => Promise<CodeTicket>;
  /** Move focus to the code field when the step appears (the button that asked for it is gone). */
  focusCode?: boolean;
}) {
  const [ticket, setTicket] = createSignal(props.ticket);
  const [issuedAt, setIssuedAt] = createSignal(Date.now());
  const [now, setNow] = createSignal(Date.now());
  const [notice, setNotice] = createSignal<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = createSignal(false);
  const timer = setInterval(() => setNow(Date.now()), 1000);
  onCleanup(() => clearInterval(timer));
  const form = createForm({ schema: () => v.object({ code: CodeSchema }), initial: { code: '' }, order: ['code'] });

  onMount(() => {
    if (props.focusCode) document.getElementById(fieldId('code'))?.focus();
  });

  const resendIn = () => Math.max(0, Math.ceil((ticket().resendAt - ticket().now - (now() - issuedAt())) / 1000));

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const output = form.submit();
    if (!output || busy()) return;
    setBusy(true);
    setNotice(null);
    try {
      await props.onVerify(output.code);
    } catch (error) {
      if (error instanceof ApiRequestError && FIELD_CODES.has(error.code)) form.showServerErrors({ code: error.code });
      setNotice({ ok: false, text: errorText(error) });
    } finally {
      setBusy(false);
    }
  };
  const resend = async () => {
    try {
      const next = await props.onResend();
      setTicket(next);
      setIssuedAt(Date.now());
      form.reset({ code: '' });
      setNotice({ ok: true, text: fill(accountTexts().account.codeResent, { to: next.sentTo }) });
    } catch (error) {
      setNotice({ ok: false, text: errorText(error) });
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} novalidate>
      <ErrorSummary form={form} labels={{ code: accountTexts().account.codeLabel }} />
      <p>{fill(ticket().channel === 'sms' ? accountTexts().account.codeSentSms : accountTexts().account.codeSentEmail, { to: ticket().sentTo })}</p>
      <TextField
        form={form}
        name="code"
        label={accountTexts().account.codeLabel}
        hint={accountTexts().account.codeHint}
        inputmode="numeric"
        autocomplete="one-time-code"
        maxLength={6}
        width="short"
      />
      <StatusLine message={notice()} />
      <div class="button-row">
        <button type="submit" class="button" disabled={busy()}>
          {accountTexts().account.confirm}
        </button>
        <button type="button" class="button secondary" disabled={resendIn() > 0} onClick={() => void resend()}>
          {resendIn() > 0 ? fill(accountTexts().account.resendIn, { seconds: resendIn() }) : accountTexts().account.resend}
        </button>
      </div>
      <p>
        <Link to="/inbox" search={{ channel: ticket().channel, flow: ticket().flowId }} target="_blank">
          {accountTexts().account.openInbox}
        </Link>
      </p>
    </form>
  );
}

// The profile's e-mail line: confirmed or not, and while not, the way to confirm it by a code sent to
// the address (an unconfirmed address serves neither sign-in nor recovery).
import { createSignal, Show } from 'solid-js';
import { resendCode } from '../../client/codesApi';
import { updateAccount } from '../../client/session';
import type { AccountView, CodeTicket } from '../../domain/account';
import { accountTexts } from '../../i18n/lazy/account';
import { CodeStep } from '../../ui/CodeStep';
import { errorText } from '../../ui/errorText';
import { startEmailConfirm, verifyEmailConfirm } from './accountApi';
import { StatusLine } from '../../ui/StatusLine';

export function EmailSection(props: { account: () => AccountView }) {
  const [ticket, setTicket] = createSignal<CodeTicket | null>(null);
  const [message, setMessage] = createSignal<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = createSignal(false);
  const texts = () => accountTexts().email;

  const start = async () => {
    if (busy()) return;
    setBusy(true);
    setMessage(null);
    try {
      setTicket(await startEmailConfirm());
    } catch (error) {
      setMessage({ ok: false, text: errorText(error) });
    } finally {
      setBusy(false);
    }
  };
  const verify = async (code: string) => {
    const account = await verifyEmailConfirm(ticket()!.flowId, code);
    updateAccount(account);
    setTicket(null);
    setMessage({ ok: true, text: texts().confirmedNow });
  };

  return (
    <section class="card" aria-labelledby="email-title">
      <h2 id="email-title">{texts().title}</h2>
      <p>
        {props.account().email}{' '}
        <span class={`pill ${props.account().emailConfirmed ? 'level-confirmed' : 'level-unconfirmed'}`}>
          {props.account().emailConfirmed ? texts().confirmed : texts().unconfirmed}
        </span>
      </p>
      <StatusLine message={message()} />
      <Show when={!props.account().emailConfirmed}>
        <p>{texts().unconfirmedHint}</p>
        <Show
          when={ticket()}
          fallback={
            <button type="button" class="button" disabled={busy()} onClick={() => void start()}>
              {texts().confirm}
            </button>
          }
        >
          <CodeStep ticket={ticket()!} focusCode onVerify={verify} onResend={() => resendCode(ticket()!.flowId)} />
        </Show>
      </Show>
    </section>
  );
}

// «Безопасность»: the SMS second factor, the inactivity timeout, encryption on the device, the list of sign-ins.
import { createResource, createSignal, For, Show } from 'solid-js';
import { updateAccount } from '../../client/session';
import { INACTIVITY_CHOICES_MIN, UNKNOWN_DEVICE, type AccountView } from '../../domain/account';
import { fill, formatDateTime } from '../../i18n/i18n';
import { errorText } from '../../ui/errorText';
import { Page } from '../../ui/Page';
import { listSignins, updateSecurity } from './accountApi';
import { audit } from '../../client/auditTrail';
import { useAccount } from '../../ui/signedIn';
import { settled } from '../../ui/settled';
import { EncryptionSection } from './EncryptionSection';
import { AuthenticatorSection } from './AuthenticatorSection';
import { accountTexts } from '../../i18n/lazy/account';

function Security(props: { account: () => AccountView }) {
  // Read through .latest so a refresh after each change never suspends the page (and loses focus).
  const [signins, { refetch }] = createResource(listSignins);
  const [message, setMessage] = createSignal<{ ok: boolean; text: string } | null>(null);
  let queue: Promise<void> = Promise.resolve();
  /** Saves run one after another; a failed one puts its control back. */
  const save = (patch: { twoFactor?: boolean; inactivityMinutes?: number }, control?: HTMLInputElement) => {
    queue = queue.then(() => apply(patch, control));
  };
  const apply = async (patch: { twoFactor?: boolean; inactivityMinutes?: number }, control?: HTMLInputElement) => {
    try {
      const account = await updateSecurity(patch);
      updateAccount(account);
      await audit(account.id, 'security.change', JSON.stringify(patch));
      setMessage({ ok: true, text: accountTexts().account.securitySaved });
      await refetch();
    } catch (error) {
      if (control) control.checked = !control.checked;
      setMessage({ ok: false, text: errorText(error) });
    }
  };
  return (
    <Page title={accountTexts().account.securityTitle}>
      <section class="card" aria-labelledby="factor-title">
        <h2 id="factor-title">{accountTexts().account.secondFactorTitle}</h2>
        <div class="check">
          <input
            type="checkbox"
            id="two-factor"
            checked={props.account().twoFactor}
            onChange={(e) => save({ twoFactor: e.currentTarget.checked }, e.currentTarget)}
          />
          <label for="two-factor">{accountTexts().account.twoFactorLabel}</label>
        </div>
        <div class="field">
          <label for="inactivity">{accountTexts().account.inactivityLabel}</label>
          <select
            id="inactivity"
            value={String(props.account().inactivityMinutes)}
            onChange={(e) => save({ inactivityMinutes: Number(e.currentTarget.value) })}
          >
            <For each={INACTIVITY_CHOICES_MIN}>
              {(minutes) => <option value={minutes}>{fill(accountTexts().account.minutes, { n: minutes })}</option>}
            </For>
          </select>
        </div>
        <p role="status" class={message() ? (message()!.ok ? 'notice success' : 'notice error') : ''}>
          {message()?.text}
        </p>
      </section>
      <AuthenticatorSection account={props.account} />
      <EncryptionSection accountId={props.account().id} />
      <section class="card" aria-labelledby="signins-title">
        <h2 id="signins-title">{accountTexts().account.signinsTitle}</h2>
        <Show when={settled(signins)}>
          <table class="stacked">
            <thead>
              <tr>
                <th scope="col">{accountTexts().account.signinWhen}</th>
                <th scope="col">{accountTexts().account.signinDevice}</th>
                <th scope="col">{accountTexts().account.signinResult}</th>
              </tr>
            </thead>
            <tbody>
              <For each={settled(signins)}>
                {(row) => (
                  <tr>
                    <td>{formatDateTime(row.at)}</td>
                    <td>{row.device === UNKNOWN_DEVICE ? accountTexts().account.signinDeviceUnknown : row.device}</td>
                    <td>{row.ok ? accountTexts().account.signinOk : accountTexts().account.signinFailed}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </Show>
      </section>
    </Page>
  );
}

export default function SecurityPage() {
  // Read once here: a prop call would run later, in event handlers, outside the route's context.
  const account = useAccount();
  return <Security account={account} />;
}

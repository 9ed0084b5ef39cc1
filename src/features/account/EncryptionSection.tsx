// «Шифрование данных на устройстве» in «Безопасность»: the citizen turns encryption at rest on (with the
// password, which wraps the new data key) or off; either way the account's rows are re-written at once.
import { createSignal, Show } from 'solid-js';
import { kioskMinutes } from '../../client/kiosk';
import { disableVault, enableVault, vaultStatus } from '../../client/vault/vault';
import { audit } from '../../client/auditTrail';
import { t } from '../../i18n/i18n';
import { ApiRequestError } from '../../client/api';
import { errorText } from '../../ui/errorText';
import { checkPassword } from './accountApi';
import { CurrentPasswordField } from '../../ui/form/CurrentPasswordField';

/** The server refused the password: the field says why, no other message. */
class PasswordRefused extends Error {}

export function EncryptionSection(props: { accountId: string }) {
  const [message, setMessage] = createSignal<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [fieldError, setFieldError] = createSignal<string | null>(null);
  let password: HTMLInputElement | undefined;
  const on = () => vaultStatus(props.accountId) !== 'off';

  const run = async (change: () => Promise<void>, done: string) => {
    setBusy(true);
    setMessage(null);
    try {
      await change();
      setMessage({ ok: true, text: done });
    } catch (error) {
      if (!(error instanceof PasswordRefused))
        setMessage({ ok: false, text: error instanceof ApiRequestError ? errorText(error) : t().vault.failed });
    } finally {
      setBusy(false);
    }
  };
  const enable = (event: SubmitEvent) => {
    event.preventDefault();
    const value = password?.value ?? '';
    if (!value) {
      setFieldError(t().vault.emptyPassword);
      password?.focus();
      return;
    }
    setFieldError(null);
    void run(async () => {
      // The password wraps the data key: a mistyped one would lock the person out of their own data.
      try {
        await checkPassword(value);
      } catch (error) {
        if (error instanceof ApiRequestError && (error.code === 'wrong_password' || error.code === 'locked')) {
          setFieldError(errorText(error));
          password?.focus();
          throw new PasswordRefused();
        }
        throw error;
      }
      await enableVault(props.accountId, value);
      await audit(props.accountId, 'security.change', JSON.stringify({ encryption: true }));
    }, t().vault.enabled);
  };
  const disable = () =>
    void run(async () => {
      await disableVault(props.accountId);
      await audit(props.accountId, 'security.change', JSON.stringify({ encryption: false }));
    }, t().vault.disabled);

  return (
    <section class="card" aria-labelledby="encryption-title">
      <h2 id="encryption-title">{t().vault.settingTitle}</h2>
      <p>{t().vault.settingLead}</p>
      <Show when={kioskMinutes() > 0}>
        <p>{t().vault.kioskDefault}</p>
      </Show>
      <p>
        <strong>{on() ? t().vault.stateOn : t().vault.stateOff}</strong>
      </p>
      <Show
        when={on()}
        fallback={
          <form onSubmit={enable} novalidate>
            <CurrentPasswordField id="encryption-password" label={t().vault.enablePassword} error={fieldError()} ref={(el) => (password = el)} />
            <button type="submit" class="button" disabled={busy()}>
              {t().vault.enable}
            </button>
          </form>
        }
      >
        <button type="button" class="button secondary" disabled={busy()} onClick={disable}>
          {t().vault.disable}
        </button>
      </Show>
      <p role="status" class={message() ? (message()!.ok ? 'notice success' : 'notice error') : ''}>
        {message()?.text}
      </p>
    </section>
  );
}

// «Настройки»: notification channels per kind, and the interface language. Security has its own page.
import { Link } from '../../ui/Link';
import { createSignal, For } from 'solid-js';
import { updateAccount } from '../../client/session';
import type { AccountView } from '../../domain/account';
import {
  NOTIFICATION_CHANNELS,
  NOTIFICATION_FREQUENCIES,
  NOTIFICATION_KINDS,
  type NotificationChannel,
  type NotificationFrequency,
  type NotificationKind,
} from '../../domain/notifications';
import { locale, setLocale, t } from '../../i18n/i18n';
import { errorText } from '../../ui/errorText';
import { Page } from '../../ui/Page';
import { updateNotifications } from './accountApi';
import { audit } from '../../client/auditTrail';
import { useAccount } from '../../ui/signedIn';
import { accountTexts } from '../../i18n/lazy/account';

/** System notifications need the browser's permission, asked only when the user turns them on. */
async function pushAllowed(): Promise<boolean> {
  if (!('Notification' in window)) return false;
  if (Notification.permission === 'granted') return true;
  if (Notification.permission === 'denied') return false;
  return (await Notification.requestPermission()) === 'granted';
}

function Settings(props: { account: () => AccountView }) {
  const [message, setMessage] = createSignal<{ ok: boolean; text: string } | null>(null);
  // Saves run one after another, each from the settings the previous one returned.
  let queue: Promise<void> = Promise.resolve();
  const toggle = (kind: NotificationKind, channel: NotificationChannel, on: boolean, input: HTMLInputElement) => {
    queue = queue.then(() => save(kind, channel, on, input));
  };
  const save = async (kind: NotificationKind, channel: NotificationChannel, on: boolean, input: HTMLInputElement) => {
    setMessage(null);
    if (on && channel === 'push' && !(await pushAllowed())) {
      input.checked = false;
      setMessage({ ok: false, text: accountTexts().settings.pushDenied });
      return;
    }
    const prefs = props.account().notifications;
    try {
      const account = await updateNotifications({ ...prefs, [kind]: { ...prefs[kind], [channel]: on } });
      updateAccount(account);
      await audit(account.id, 'settings.change');
      setMessage({ ok: true, text: accountTexts().settings.saved });
    } catch (error) {
      input.checked = !on;
      setMessage({ ok: false, text: errorText(error) });
    }
  };
  const setFrequency = (frequency: NotificationFrequency, input: HTMLInputElement) => {
    queue = queue.then(async () => {
      setMessage(null);
      const previous = props.account().notifications.frequency;
      try {
        const account = await updateNotifications({ ...props.account().notifications, frequency });
        updateAccount(account);
        await audit(account.id, 'settings.change');
        setMessage({ ok: true, text: accountTexts().settings.frequencySaved[frequency] });
      } catch (error) {
        input.checked = false;
        const back = document.getElementById(`frequency-${previous}`);
        if (back instanceof HTMLInputElement) back.checked = true;
        setMessage({ ok: false, text: errorText(error) });
      }
    });
  };
  return (
    <Page title={accountTexts().settings.title}>
      <section class="card" aria-labelledby="notify-title">
        <h2 id="notify-title">{accountTexts().settings.notificationsTitle}</h2>
        <table class="matrix">
          <caption class="visually-hidden">{accountTexts().settings.notificationsTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{accountTexts().settings.kind}</th>
              <For each={NOTIFICATION_CHANNELS}>{(channel) => <th scope="col">{accountTexts().settings.channels[channel]}</th>}</For>
            </tr>
          </thead>
          <tbody>
            <For each={NOTIFICATION_KINDS}>
              {(kind) => (
                <tr>
                  <th scope="row">{accountTexts().settings.kinds[kind]}</th>
                  <For each={NOTIFICATION_CHANNELS}>
                    {(channel) => (
                      <td data-label={accountTexts().settings.channels[channel]}>
                        <input
                          type="checkbox"
                          aria-label={`${accountTexts().settings.kinds[kind]}: ${accountTexts().settings.channels[channel]}`}
                          checked={props.account().notifications[kind][channel]}
                          onChange={(e) => toggle(kind, channel, e.currentTarget.checked, e.currentTarget)}
                        />
                      </td>
                    )}
                  </For>
                </tr>
              )}
            </For>
          </tbody>
        </table>
        <fieldset class="field" aria-describedby="frequency-hint">
          <legend>{accountTexts().settings.frequencyLegend}</legend>
          <span class="hint" id="frequency-hint">
            {accountTexts().settings.frequencyHint}
          </span>
          <For each={NOTIFICATION_FREQUENCIES}>
            {(frequency) => (
              <div class="check">
                <input
                  type="radio"
                  id={`frequency-${frequency}`}
                  name="frequency"
                  checked={props.account().notifications.frequency === frequency}
                  onChange={(e) => setFrequency(frequency, e.currentTarget)}
                />
                <label for={`frequency-${frequency}`}>{accountTexts().settings.frequencies[frequency]}</label>
              </div>
            )}
          </For>
        </fieldset>
        <p role="status" class={message() ? (message()!.ok ? 'notice success' : 'notice error') : ''}>
          {message()?.text}
        </p>
      </section>
      <section class="card" aria-labelledby="language-title">
        <h2 id="language-title">{t().shell.language}</h2>
        <fieldset class="field">
          <legend class="visually-hidden">{t().shell.language}</legend>
          <div class="check">
            <input type="radio" id="lang-ru" name="lang" checked={locale() === 'ru'} onChange={() => void setLocale('ru')} />
            <label for="lang-ru" lang="ru">
              Русский
            </label>
          </div>
          <div class="check">
            <input type="radio" id="lang-en" name="lang" checked={locale() === 'en'} onChange={() => void setLocale('en')} />
            <label for="lang-en" lang="en">
              English
            </label>
          </div>
        </fieldset>
      </section>
      <p>
        <Link to="/profile/security">{accountTexts().account.securityTitle}</Link>
      </p>
    </Page>
  );
}

export default function SettingsPage() {
  // Read once here: a prop call would run later, in event handlers, outside the route's context.
  const account = useAccount();
  return <Settings account={account} />;
}

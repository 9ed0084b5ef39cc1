// The simulated phone and mailbox: every SMS and e-mail the simulation «sent», newest first, updated
// live. Demo visitors read their codes here; nothing ever leaves the device.
import { Link } from '@tanstack/solid-router';
import { createResource, For, Show } from 'solid-js';
import { lastPull } from '../../client/changeFeed';
import { formatDateTime, t } from '../../i18n/i18n';
import { errorText } from '../../ui/errorText';
import { Page } from '../../ui/Page';
import { readInbox } from './accountApi';
import { settled } from '../../ui/settled';

export default function InboxPage(props: { channel: 'sms' | 'email' }) {
  const [messages] = createResource(
    () => ({ channel: props.channel, pull: lastPull() }),
    ({ channel }) => readInbox(channel),
  );
  return (
    <Page title={t().inbox.title} lead={t().inbox.lead}>
      <nav class="tabs" aria-label={t().inbox.channels}>
        <Link to="/inbox" search={{ channel: 'sms' }} class="button secondary small" aria-current={props.channel === 'sms' ? 'page' : undefined}>
          {t().inbox.sms}
        </Link>
        <Link to="/inbox" search={{ channel: 'email' }} class="button secondary small" aria-current={props.channel === 'email' ? 'page' : undefined}>
          {t().inbox.email}
        </Link>
      </nav>
      <h2>{props.channel === 'sms' ? t().inbox.sms : t().inbox.email}</h2>
      <Show when={messages.error}>
        <p class="notice error" role="alert">{errorText(messages.error)}</p>
      </Show>
      <Show when={settled(messages)?.length === 0}>
        <p>{t().inbox.empty}</p>
      </Show>
      <ul class="inbox" aria-live="polite">
        <For each={settled(messages)}>
          {(message) => (
            <li>
              <p class="meta">
                {message.to} · <time datetime={new Date(message.at).toISOString()}>{formatDateTime(message.at)}</time>
              </p>
              <Show when={message.subject}>
                <p>
                  <strong>{message.subject}</strong>
                </p>
              </Show>
              <p>{message.body}</p>
            </li>
          )}
        </For>
      </ul>
    </Page>
  );
}

// The simulated phone and mailbox of one person: signed in, their own account's SMS and e-mails; in the
// middle of a code flow (?flow=), only what that flow sent. Updated live; nothing ever leaves the device.
import { Link } from '../../ui/Link';
import { createResource, For, type JSX, Match, Show, Switch } from 'solid-js';
import { lastPull } from '../../client/changeFeed';
import { formatDateTime, t } from '../../i18n/i18n';
import { errorText } from '../../ui/errorText';
import { Page } from '../../ui/Page';
import { readFlowInbox, readInbox } from './accountApi';
import { Navigate, useLocation } from '@tanstack/solid-router';
import { session } from '../../client/session';
import { settled } from '../../ui/settled';
import { textLang } from '../../domain/textLang';
import { accountTexts } from '../../i18n/lazy/account';

type Channel = 'sms' | 'email';

function Messages(props: { channel: Channel; flow?: string; lead: string }) {
  const [messages] = createResource(
    () => ({ channel: props.channel, flow: props.flow, pull: lastPull() }),
    ({ channel, flow }) => (flow ? readFlowInbox(flow, channel) : readInbox(channel)),
  );
  return (
    <Page title={accountTexts().inbox.title} lead={props.lead}>
      <nav class="tabs" aria-label={accountTexts().inbox.channels}>
        <Link
          to="/inbox"
          search={{ channel: 'sms', flow: props.flow }}
          class="button secondary small"
          aria-current={props.channel === 'sms' ? 'page' : undefined}
        >
          {accountTexts().inbox.sms}
        </Link>
        <Link
          to="/inbox"
          search={{ channel: 'email', flow: props.flow }}
          class="button secondary small"
          aria-current={props.channel === 'email' ? 'page' : undefined}
        >
          {accountTexts().inbox.email}
        </Link>
      </nav>
      <h2>{props.channel === 'sms' ? accountTexts().inbox.sms : accountTexts().inbox.email}</h2>
      <Show when={messages.error}>
        <p class="notice error" role="alert">
          {errorText(messages.error)}
        </p>
      </Show>
      <Show when={settled(messages)?.length === 0}>
        <p>{accountTexts().inbox.empty}</p>
      </Show>
      <ul class="inbox" aria-live="polite">
        <For each={settled(messages)}>
          {(message) => (
            <li>
              <p class="meta">
                {message.to} · <time datetime={new Date(message.at).toISOString()}>{formatDateTime(message.at)}</time>
              </p>
              <Show when={message.subject}>
                <p lang={textLang(message.subject!)}>
                  <strong>{message.subject}</strong>
                </p>
              </Show>
              {/* The departments write in Russian: the body says so, for a screen reader in the English interface. */}
              <p class="message-body" lang={textLang(message.body)}>
                {message.body}
              </p>
            </li>
          )}
        </For>
      </ul>
    </Page>
  );
}

/** The own mailbox needs a session: a signed-out visitor is sent to «Войти» and back. */
function OwnMessages(props: { channel: Channel }) {
  const location = useLocation();
  return (
    <Switch>
      <Match when={session().status === 'unknown'}>
        <div class="container">
          <p role="status">{t().shell.checkingSession}</p>
        </div>
      </Match>
      <Match when={session().status === 'signed_out'}>
        <Navigate to="/login" search={{ redirect: location().href }} />
      </Match>
      <Match when={session().status === 'signed_in'}>
        <Messages channel={props.channel} lead={accountTexts().inbox.lead} />
      </Match>
    </Switch>
  );
}

export default function InboxPage(props: { channel: Channel; flow?: string }): JSX.Element {
  return (
    <Show when={props.flow} fallback={<OwnMessages channel={props.channel} />}>
      {(flow) => <Messages channel={props.channel} flow={flow()} lead={accountTexts().inbox.flowLead} />}
    </Show>
  );
}

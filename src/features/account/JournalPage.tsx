// «Журнал действий»: what was done with this account on this device, newest first, live.
import { For, Show } from 'solid-js';
import { createLiveQuery } from '../../client/createLiveQuery';
import { listActions } from '../../client/repos/auditRepo';
import type { AccountView } from '../../domain/account';
import { formatDateTime } from '../../i18n/i18n';
import { Page } from '../../ui/Page';
import { useAccount } from '../../ui/signedIn';
import { accountTexts } from '../../i18n/lazy/account';

function Journal(props: { account: () => AccountView }) {
  const entries = createLiveQuery(() => listActions(props.account().id));
  const label = (kind: string) => (accountTexts().journal.kinds as Record<string, string>)[kind] ?? kind;
  return (
    <Page title={accountTexts().journal.title} lead={accountTexts().journal.lead}>
      <Show when={entries.value()?.length === 0}>
        <p>{accountTexts().journal.empty}</p>
      </Show>
      <table>
        <thead>
          <tr>
            <th scope="col">{accountTexts().journal.when}</th>
            <th scope="col">{accountTexts().journal.what}</th>
          </tr>
        </thead>
        <tbody>
          <For each={entries.value()}>
            {(entry) => (
              <tr>
                <td>{formatDateTime(entry.at)}</td>
                <td>{label(entry.kind)}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </Page>
  );
}

export default function JournalPage() {
  // Read once here: a prop call would run later, in event handlers, outside the route's context.
  const account = useAccount();
  return <Journal account={account} />;
}

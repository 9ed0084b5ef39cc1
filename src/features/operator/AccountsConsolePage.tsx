// «Учётные записи граждан» in the operator console: identity scans to confirm or refuse (issue 19.15)
// and requests to restore access to an account (issue 19.12), behind the console's staff token.
import { Link } from '@tanstack/solid-router';
import { Show } from 'solid-js';
import { operatorTexts } from '../../i18n/lazy/operator';
import { Page } from '../../ui/Page';
import { IdentityScans } from './IdentityScans';
import { readPin } from './operatorApi';
import { RecoveryRequests } from './RecoveryRequests';

export default function AccountsConsolePage() {
  const c = () => operatorTexts().accountsConsole;
  const pin = readPin();
  return (
    <Page title={c().title} lead={c().lead}>
      <p>
        <Link to="/operator">{c().casesLink}</Link>
      </p>
      <Show
        when={pin}
        fallback={
          <p>
            {c().needPin} <Link to="/operator">{c().signInLink}</Link>
          </p>
        }
      >
        {(value) => (
          <>
            <IdentityScans pin={value()} />
            <RecoveryRequests pin={value()} />
          </>
        )}
      </Show>
    </Page>
  );
}

// «Учётные записи граждан» in the operator console: identity scans to confirm or refuse (issue 19.15)
// and requests to restore access to an account (issue 19.12), behind the console's staff token.
import { operatorTexts } from '../../i18n/lazy/operator';
import { ConsolePage } from './ConsolePage';
import { IdentityScans } from './IdentityScans';
import { RecoveryRequests } from './RecoveryRequests';

export default function AccountsConsolePage() {
  const c = () => operatorTexts().accountsConsole;
  return (
    <ConsolePage texts={{ ...c(), back: c().casesLink }}>
      {(pin) => (
        <>
          <IdentityScans pin={pin} />
          <RecoveryRequests pin={pin} />
        </>
      )}
    </ConsolePage>
  );
}

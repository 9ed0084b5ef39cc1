// Pages for a signed-in citizen: wait while the session is checked, send others to «Войти» (and back
// here afterwards). The page is created once per account and follows later changes to it.
import { Navigate, useLocation } from '@tanstack/solid-router';
import { Match, Switch, type JSX } from 'solid-js';
import { currentAccount, session } from '../../client/session';
import type { AccountView } from '../../domain/account';
import { t } from '../../i18n/i18n';

export function RequireAccount(props: { children: (account: () => AccountView) => JSX.Element }) {
  const location = useLocation();
  return (
    <Switch>
      <Match when={session().status === 'unknown'}>
        <div class="container">
          <p role="status">{t().account.checkingSession}</p>
        </div>
      </Match>
      <Match when={session().status === 'signed_out'}>
        <Navigate to="/login" search={{ redirect: location().href }} />
      </Match>
      <Match when={currentAccount()?.id} keyed>
        {(id) => {
          // While signing out the page may still read its account for a moment: keep the last one seen.
          let latest = currentAccount()!;
          const account = () => {
            const now = currentAccount();
            if (now?.id === id) latest = now;
            return latest;
          };
          return props.children(account);
        }}
      </Match>
    </Switch>
  );
}

// The sign-in guard for every page of a signed-in citizen: one pathless layout route in the router.
// Its beforeLoad sends a visitor already known to be signed out to «Войти» (and back here afterwards)
// before the page's chunk loads; its component waits while the session is checked, follows a later
// sign-out the same way, and gives the pages below it their account through useAccount().
import { createRoute, Navigate, Outlet, redirect, useLocation } from '@tanstack/solid-router';
import { createContext, lazy, Match, Switch, useContext } from 'solid-js';
import { vaultStatus } from '../client/vault/vaultKey';
import { currentAccount, session } from '../client/sessionState';
import type { AccountView } from '../domain/account';
import { t } from '../i18n/i18n';
import { rootRoute } from './rootRoute';

const LockScreen = lazy(() => import('./LockScreen'));

const AccountContext = createContext<() => AccountView>();

/** The signed-in account of a page under the guard route. It follows later changes to the account. */
export function useAccount(): () => AccountView {
  const account = useContext(AccountContext);
  if (!account) throw new Error('useAccount() is for pages under the signed-in route');
  return account;
}

function SignedIn() {
  const location = useLocation();
  return (
    <Switch>
      <Match when={session().status === 'unknown'}>
        <div class="container">
          <p role="status">{t().shell.checkingSession}</p>
        </div>
      </Match>
      <Match when={session().status === 'signed_out'}>
        {/* In place of the page, as the beforeLoad redirect does: Back must not lead here again. */}
        <Navigate to="/login" search={{ redirect: location().href }} replace />
      </Match>
      {/* Encrypted data and no key in memory (a reload): the password first, then the page. */}
      <Match when={currentAccount() && vaultStatus(currentAccount()!.id) === 'locked' && currentAccount()!.id} keyed>
        {(id) => <LockScreen accountId={id} />}
      </Match>
      <Match when={currentAccount()?.id} keyed>
        {(id) => {
          // The pages are created once per account. While signing out a page may still read its account
          // for a moment: keep the last one seen.
          let latest = currentAccount()!;
          const account = () => {
            const now = currentAccount();
            if (now?.id === id) latest = now;
            return latest;
          };
          return (
            <AccountContext.Provider value={account}>
              <Outlet />
            </AccountContext.Provider>
          );
        }}
      </Match>
    </Switch>
  );
}

/** The pathless parent of every signed-in page; features hang their private routes under it. */
export const signedInRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'signed-in',
  beforeLoad: ({ location }): void => {
    if (session().status === 'signed_out') throw redirect({ to: '/login', search: { redirect: location.href } });
  },
  component: SignedIn,
});

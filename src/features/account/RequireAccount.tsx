// Pages for a signed-in citizen: wait while the session is checked, send others to «Войти».
import { Navigate } from '@tanstack/solid-router';
import { Match, Switch, type JSX } from 'solid-js';
import { session } from '../../client/session';
import type { AccountView } from '../../domain/account';
import { t } from '../../i18n/i18n';

export function RequireAccount(props: { children: (account: AccountView) => JSX.Element }) {
  return (
    <Switch>
      <Match when={session().status === 'unknown'}>
        <div class="container">
          <p role="status">{t().account.checkingSession}</p>
        </div>
      </Match>
      <Match when={session().status === 'signed_out'}>
        <Navigate to="/login" />
      </Match>
      <Match when={(() => { const s = session(); return s.status === 'signed_in' ? s.account : undefined; })()} keyed>
        {(account) => props.children(account)}
      </Match>
    </Switch>
  );
}

// Shown instead of a signed-in page while the account's data on this device is encrypted and its key is
// not in memory (after a reload): the password opens it; signing out leaves it closed.
import { useNavigate } from '@tanstack/solid-router';
import { createSignal } from 'solid-js';
import { t } from '../i18n/i18n';
import { Page } from './Page';
import { CurrentPasswordField } from './form/CurrentPasswordField';

export default function LockScreen(props: { accountId: string }) {
  const navigate = useNavigate();
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  let input: HTMLInputElement | undefined;

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy()) return;
    const password = input?.value ?? '';
    if (!password) {
      setError(t().vault.emptyPassword);
      input?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const { unlockVault } = await import('../client/vault/vault');
      const result = await unlockVault(props.accountId, password);
      // Open: what the server changed meanwhile comes down now (the feed waited while locked).
      if (result === 'open') void import('../client/changeFeed').then(({ pullChanges }) => pullChanges());
      if (result === 'wrong_password') {
        setError(t().vault.wrongPassword);
        input?.select();
        input?.focus();
      }
    } finally {
      setBusy(false);
    }
  };

  const signOut = async () => {
    const session = await import('../client/session');
    await session.signOut();
    await navigate({ to: '/login' });
  };

  return (
    <Page title={t().vault.lockTitle} lead={t().vault.lockLead}>
      <form onSubmit={(e) => void submit(e)} novalidate>
        <CurrentPasswordField id="vault-password" label={t().vault.password} error={error()} ref={(el) => (input = el)} autofocus />
        <p role="status">{busy() ? t().vault.unlocking : ''}</p>
        <div class="button-row">
          <button type="submit" class="button" disabled={busy()}>
            {t().vault.unlock}
          </button>
        </div>
      </form>
      <p>{t().vault.signOutHint}</p>
      <button type="button" class="button secondary" onClick={() => void signOut()}>
        {t().vault.signOut}
      </button>
    </Page>
  );
}

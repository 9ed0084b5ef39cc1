// «Профиль»: who is signed in, the identity level, the way to every account page, sign-out, and the
// demo-stand «Завершить сеанс и очистить устройство».
import { Link, useNavigate } from '@tanstack/solid-router';
import { createSignal, Show } from 'solid-js';
import { endVisit } from '../../client/kiosk';
import { signOut } from '../../client/session';
import type { AccountView } from '../../domain/account';
import { fill, t } from '../../i18n/i18n';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Page } from '../../ui/Page';
import { useAccount } from '../../ui/signedIn';

function fullName(account: AccountView): string {
  const { surname, name, patronymic } = account.person;
  return [surname, name, patronymic].filter(Boolean).join(' ');
}

function Overview(props: { account: () => AccountView; welcome: boolean }) {
  const navigate = useNavigate();
  const [asking, setAsking] = createSignal(false);
  const leave = async () => {
    await signOut();
    await navigate({ to: '/login' });
  };
  const wipe = async () => {
    setAsking(false);
    await endVisit(props.account().id);
    await navigate({ to: '/' });
  };
  return (
    <Page title={fullName(props.account())}>
      <Show when={props.welcome}>
        <p class="notice success" role="status">{fill(t().account.welcome, { name: props.account().person.name })}</p>
      </Show>
      <section class="card" aria-labelledby="identity-title">
        <h2 id="identity-title">{t().account.identityTitle}</h2>
        <p>
          <span class={`pill level-${props.account().identityLevel}`}>{t().account.levels[props.account().identityLevel]}</span>
        </p>
        <p>{t().account.levelHints[props.account().identityLevel]}</p>
        <Show when={props.account().identityLevel !== 'confirmed'}>
          <p>
            <Link to="/profile/identity">{t().identity.title}</Link>
          </p>
        </Show>
        <dl>
          <dt>{t().account.fieldLabels.phone}</dt>
          <dd>{props.account().phone}</dd>
          <dt>{t().account.fieldLabels.email}</dt>
          <dd>{props.account().email}</dd>
        </dl>
      </section>
      <nav class="grid" aria-label={t().account.sectionsLabel}>
        <Link to="/profile/data" class="tile">{t().profile.title}</Link>
        <Link to="/profile/documents" class="tile">{t().documents.title}</Link>
        <Link to="/profile/settings" class="tile">{t().settings.title}</Link>
        <Link to="/profile/security" class="tile">{t().account.securityTitle}</Link>
        <Link to="/profile/journal" class="tile">{t().journal.title}</Link>
        <Link to="/profile/privacy" class="tile">{t().dataRights.title}</Link>
        <Link to="/inbox" search={{ channel: 'sms' }} class="tile">{t().inbox.title}</Link>
        <Link to="/help" class="tile">{t().nav.supportService}</Link>
      </nav>
      <section class="card space-above" aria-labelledby="session-title">
        <h2 id="session-title">{t().account.sessionTitle}</h2>
        <div class="button-row">
          <button type="button" class="button secondary" onClick={() => void leave()}>
            {t().account.signOut}
          </button>
          <button type="button" class="button danger" onClick={() => setAsking(true)}>
            {t().account.wipeDevice}
          </button>
        </div>
        <p>{t().account.wipeHint}</p>
      </section>
      <ConfirmDialog
        open={asking()}
        title={t().account.wipeConfirmTitle}
        confirmLabel={t().account.wipeConfirm}
        cancelLabel={t().demo.cancel}
        danger
        onConfirm={() => void wipe()}
        onCancel={() => setAsking(false)}
      >
        <p>{t().account.wipeConfirmText}</p>
      </ConfirmDialog>
    </Page>
  );
}

export default function ProfilePage(props: { welcome: boolean }) {
  // Read once here: a prop call would run later, in event handlers, outside the route's context.
  const account = useAccount();
  return <Overview account={account} welcome={props.welcome} />;
}

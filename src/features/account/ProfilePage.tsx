// «Профиль»: who is signed in, the identity level, the way to every account page, sign-out, and the
// demo-stand «Завершить сеанс и очистить устройство».
import { useNavigate } from '@tanstack/solid-router';
import { Link } from '../../ui/Link';
import { createSignal, Show } from 'solid-js';
import { endVisit } from '../../client/kiosk';
import { signOut } from '../../client/session';
import type { AccountView } from '../../domain/account';
import { fill, t } from '../../i18n/i18n';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Page } from '../../ui/Page';
import { useAccount } from '../../ui/signedIn';
import { accountTexts } from '../../i18n/lazy/account';
import { profileTexts } from '../../i18n/lazy/profile';
import { EmailSection } from './EmailSection';
import { PhoneSection } from './PhoneSection';
import { RecoverySection } from './RecoverySection';

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
        <p class="notice success" role="status">
          {fill(accountTexts().account.welcome, { name: props.account().person.name })}
        </p>
      </Show>
      <section class="card" aria-labelledby="identity-title">
        <h2 id="identity-title">{accountTexts().account.identityTitle}</h2>
        <p>
          <span class={`pill level-${props.account().identityLevel}`}>{t().levels[props.account().identityLevel]}</span>
        </p>
        <p>{accountTexts().account.levelHints[props.account().identityLevel]}</p>
        <Show when={props.account().identityLevel !== 'confirmed'}>
          <p>
            <Link to="/profile/identity">{profileTexts().identity.title}</Link>
          </p>
        </Show>
      </section>
      <PhoneSection account={props.account} />
      <EmailSection account={props.account} />
      <RecoverySection account={props.account} />
      <nav class="grid" aria-label={accountTexts().account.sectionsLabel}>
        <Link to="/profile/data" class="tile">
          {profileTexts().profile.title}
        </Link>
        <Link to="/profile/documents" class="tile">
          {profileTexts().documents.title}
        </Link>
        <Link to="/profile/settings" class="tile">
          {accountTexts().settings.title}
        </Link>
        <Link to="/profile/security" class="tile">
          {accountTexts().account.securityTitle}
        </Link>
        <Link to="/profile/journal" class="tile">
          {accountTexts().journal.title}
        </Link>
        <Link to="/profile/privacy" class="tile">
          {profileTexts().dataRights.title}
        </Link>
        <Link to="/inbox" search={{ channel: 'sms' }} class="tile">
          {accountTexts().inbox.title}
        </Link>
        <Link to="/help" class="tile">
          {t().nav.supportService}
        </Link>
      </nav>
      <section class="card space-above" aria-labelledby="session-title">
        <h2 id="session-title">{accountTexts().account.sessionTitle}</h2>
        <div class="button-row">
          <button type="button" class="button secondary" onClick={() => void leave()}>
            {accountTexts().account.signOut}
          </button>
          <button type="button" class="button danger" onClick={() => setAsking(true)}>
            {accountTexts().account.wipeDevice}
          </button>
        </div>
        <p>{accountTexts().account.wipeHint}</p>
      </section>
      <ConfirmDialog
        open={asking()}
        title={accountTexts().account.wipeConfirmTitle}
        confirmLabel={accountTexts().account.wipeConfirm}
        cancelLabel={t().demo.cancel}
        danger
        onConfirm={() => void wipe()}
        onCancel={() => setAsking(false)}
      >
        <p>{accountTexts().account.wipeConfirmText}</p>
      </ConfirmDialog>
    </Page>
  );
}

export default function ProfilePage(props: { welcome: boolean }) {
  // Read once here: a prop call would run later, in event handlers, outside the route's context.
  const account = useAccount();
  return <Overview account={account} welcome={props.welcome} />;
}

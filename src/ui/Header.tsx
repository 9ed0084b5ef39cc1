// The site header: brand, sections, network status, install and language. On phones the sections
// (and the install offer) fold behind a «Меню» button. What a feature adds for a signed-in citizen (the
// notification bell) comes from the router as accountNav, so the shell imports no feature.
import { Link, type LinkTo } from './Link';
import { createSignal, For, Show, type JSX } from 'solid-js';
import { currentAccount } from '../client/sessionState';
import { t } from '../i18n/i18n';
import type { Dictionary } from '../i18n/ru';
import { InstallButton } from './InstallButton';
import { LanguageSwitch } from './LanguageSwitch';
import { NetworkStatus } from './NetworkStatus';

const SECTIONS: { to: LinkTo; label: keyof Dictionary['nav'] }[] = [
  { to: '/catalog', label: 'catalog' },
  { to: '/applications', label: 'applications' },
  { to: '/appeals', label: 'appeals' },
  { to: '/payments', label: 'payments' },
  { to: '/offices', label: 'offices' },
  { to: '/bookings', label: 'bookings' },
  { to: '/help', label: 'help' },
];

export function Header(props: { accountNav?: (close: () => void) => JSX.Element }) {
  const [open, setOpen] = createSignal(false);
  let toggle: HTMLButtonElement | undefined;
  // Escape folds the open menu and returns to its button, as a disclosure should.
  const escape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open()) return;
    setOpen(false);
    toggle?.focus();
  };
  return (
    <header class="header" onKeyDown={escape}>
      <div class="container">
        <div class="header-top">
          <Link to="/" class="brand">
            <img src="/icons/icon.svg" alt="" width="32" height="32" />
            <span>{t().app.name}</span>
          </Link>
          <div class="header-tools">
            <NetworkStatus />
            <LanguageSwitch />
            <button
              ref={toggle}
              type="button"
              class="button secondary small menu-toggle"
              aria-expanded={open()}
              aria-controls="main-nav"
              onClick={() => setOpen(!open())}
            >
              {t().nav.menu}
            </button>
          </div>
        </div>
        <nav id="main-nav" class="nav" aria-label={t().nav.label} data-open={String(open())}>
          <ul>
            <For each={SECTIONS}>
              {(section) => (
                <li>
                  <Link to={section.to} onClick={() => setOpen(false)}>
                    {t().nav[section.label]}
                  </Link>
                </li>
              )}
            </For>
            <li>
              <Link to="/inbox" search={{ channel: 'sms' }} onClick={() => setOpen(false)}>
                {t().nav.inbox}
              </Link>
            </li>
            <Show when={currentAccount() && props.accountNav}>{(nav) => <li>{nav()(() => setOpen(false))}</li>}</Show>
            <li>
              <Show
                when={currentAccount()}
                fallback={
                  <Link to="/login" onClick={() => setOpen(false)}>
                    {t().nav.signIn}
                  </Link>
                }
              >
                <Link to="/profile" onClick={() => setOpen(false)}>
                  {t().nav.profile}
                </Link>
              </Show>
            </li>
            <InstallButton />
          </ul>
        </nav>
      </div>
    </header>
  );
}

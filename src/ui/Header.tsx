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
            <BrandMark />
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

/** The app's mark, drawn in the page (public/icons/icon.svg's shapes): a file would be one more request before the first paint. */
function BrandMark() {
  return (
    <svg viewBox="0 0 512 512" width="32" height="32" aria-hidden="true">
      <rect width="512" height="512" rx="112" fill="#0d4cd3" />
      <g fill="#fff">
        <rect x="136" y="136" width="110" height="110" rx="18" />
        <rect x="266" y="136" width="110" height="110" rx="18" />
        <rect x="136" y="266" width="110" height="110" rx="18" />
        <rect x="266" y="266" width="110" height="110" rx="18" />
      </g>
    </svg>
  );
}

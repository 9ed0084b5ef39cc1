// The app shell around every page: skip link, header, banners, main, footer. After each navigation
// focus moves to the main region so keyboard and screen-reader users start at the new content.
import { Outlet, useRouterState } from '@tanstack/solid-router';
import { createEffect, on, Show, type JSX } from 'solid-js';
import { locale, t } from '../i18n/i18n';
import { reloadRequired } from '../client/lifecycle';
import { Banners } from './Banners';
import { Footer } from './Footer';
import { Header } from './Header';
import { HelpButton } from './HelpButton';
import { KioskNotices } from './KioskNotices';
import { pageHeld } from './pageHold';
import type { ShellContext } from './rootRoute';

export function Layout(props: { accountNav?: (close: () => void) => JSX.Element; chatPanel?: ShellContext['chatPanel'] }) {
  let main: HTMLElement | undefined;
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  createEffect(on(pathname, () => main?.focus({ preventScroll: false }), { defer: true }));
  createEffect(() => (document.documentElement.lang = locale()));
  return (
    <>
      <a class="skip-link" href="#main">
        {t().shell.skipLink}
      </a>
      <Header accountNav={props.accountNav} />
      <Banners />
      <KioskNotices />
      {/* After another tab upgraded the database this tab's connection is closed: the page stays in view
          but takes no input (what was typed is already saved) until the reload the banner asks for. */}
      <main id="main" tabindex="-1" ref={main} inert={reloadRequired() ? true : undefined}>
        <Show when={!pageHeld()}>
          <Outlet />
        </Show>
      </main>
      <Footer />
      {props.chatPanel && <HelpButton load={props.chatPanel} />}
    </>
  );
}

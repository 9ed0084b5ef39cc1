// The root of the route tree: the app shell around every page. Features import it (and the sign-in
// guard below it, signedIn.tsx) as the parents of their routes. What a feature adds to the shell (the
// notification bell) comes through the router's context, set in src/router.tsx, so the shell imports
// no feature.
import { createRootRouteWithContext, useRouter } from '@tanstack/solid-router';
import type { JSX } from 'solid-js';
import { Layout } from './Layout';
import { NotFound } from './NotFound';

export interface ShellContext {
  /** Header items for a signed-in citizen; `close` folds the phone menu after a click. */
  accountNav?: (close: () => void) => JSX.Element;
  /** The support chat panel, loaded on first open by the floating «Помощь» button. */
  chatPanel?: () => Promise<{ default: (props: { onClose: () => void }) => JSX.Element }>;
}

function Shell() {
  const context = useRouter().options.context as ShellContext | undefined;
  return <Layout accountNav={context?.accountNav} chatPanel={context?.chatPanel} />;
}

/** Resolves once the next frame is painted, or after a moment in a hidden tab, where no frame comes. */
const afterPaint = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, HIDDEN_TAB_MS);
  });
const HIDDEN_TAB_MS = 100;
let shownPath: string | undefined;

/**
 * A move to another page waits for the frame of the press to be painted: the new page's render (up to
 * 10,000 applications filtered and a list mounted) then runs in a task of its own, and the link answers
 * at once. It was all in the press's frame: 104-144 ms from the press to the next paint at 4x CPU
 * throttling (Event Timing, «Мои заявления», npm run bench). Preloads, changes of the search alone
 * (filters) and the first page do not wait.
 */
function yieldOnPageChange({ location, preload }: { location: { pathname: string }; preload: boolean }): Promise<void> | undefined {
  if (preload || typeof requestAnimationFrame !== 'function') return undefined;
  const moved = shownPath !== undefined && location.pathname !== shownPath;
  shownPath = location.pathname;
  return moved ? afterPaint() : undefined;
}

export const rootRoute = createRootRouteWithContext<ShellContext>()({
  component: Shell,
  notFoundComponent: NotFound,
  beforeLoad: yieldOnPageChange,
});

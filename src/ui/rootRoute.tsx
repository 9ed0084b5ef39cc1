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
}

function Shell() {
  const context = useRouter().options.context as ShellContext | undefined;
  return <Layout accountNav={context?.accountNav} />;
}

export const rootRoute = createRootRouteWithContext<ShellContext>()({ component: Shell, notFoundComponent: NotFound });

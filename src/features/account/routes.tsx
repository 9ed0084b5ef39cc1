// Routes of the account feature. Search params are declared with src/ui/searchParams.ts so links stay typed.
// Sign-in, registration, reset and the simulated inbox are open to anyone; the account pages hang under
// the router's sign-in guard (src/ui/signedIn.tsx).
import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/solid-router';
import { rootRoute } from '../../ui/rootRoute';
import { signedInRoute } from '../../ui/signedIn';
import { on, oneOf, searchParams, text } from '../../ui/searchParams';

const InboxSearch = searchParams({
  channel: oneOf(['sms', 'email']),
  /** A code flow in progress (registration, reset, second factor): shows only what it sent. */
  flow: text(64, /^[0-9a-f]{16,64}$/),
});
const ProfileSearch = searchParams({ welcome: on });

type Page = () => Promise<{ default: () => unknown }>;
const page = <P extends AnyRoute, const Path extends string>(parent: P, path: Path, load: Page) =>
  createRoute({ getParentRoute: () => parent, path, component: lazyRouteComponent(load as never) });

export function accountRoutes() {
  const InboxPage = lazyRouteComponent(() => import('./InboxPage'));
  const ProfilePage = lazyRouteComponent(() => import('./ProfilePage'));
  const inbox = createRoute({
    getParentRoute: () => rootRoute,
    path: '/inbox',
    validateSearch: InboxSearch,
    component: () => {
      const search = inbox.useSearch();
      return <InboxPage channel={search().channel ?? 'sms'} flow={search().flow} />;
    },
  });
  const profile = createRoute({
    getParentRoute: () => signedInRoute,
    path: '/profile',
    validateSearch: ProfileSearch,
    component: () => {
      const search = profile.useSearch();
      return <ProfilePage welcome={search().welcome === true} />;
    },
  });
  const LoginPage = lazyRouteComponent(() => import('./LoginPage'));
  const login = createRoute({
    getParentRoute: () => rootRoute,
    path: '/login',
    // Only a path inside the app: never an address elsewhere.
    validateSearch: searchParams({ redirect: text(Infinity, /^\/(?!\/)/) }),
    component: () => {
      const search = login.useSearch();
      return <LoginPage redirect={search().redirect} />;
    },
  });
  return {
    open: [
      inbox,
      login,
      page(rootRoute, '/register', () => import('./RegisterPage')),
      page(rootRoute, '/reset', () => import('./ResetPage')),
      page(rootRoute, '/reset/support', () => import('./SupportRecoveryPage')),
    ] as const,
    signedIn: [
      profile,
      page(signedInRoute, '/profile/security', () => import('./SecurityPage')),
      page(signedInRoute, '/profile/journal', () => import('./JournalPage')),
      page(signedInRoute, '/profile/settings', () => import('./SettingsPage')),
    ] as const,
  };
}

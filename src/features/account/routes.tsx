// Routes of the account feature. Search params are declared with valibot so links stay typed.
import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/solid-router';
import * as v from 'valibot';

const InboxSearch = v.object({
  channel: v.fallback(v.optional(v.picklist(['sms', 'email'])), undefined),
  /** A code flow in progress (registration, reset, second factor): shows only what it sent. */
  flow: v.fallback(v.optional(v.pipe(v.string(), v.regex(/^[0-9a-f]{16,64}$/))), undefined),
});
const ProfileSearch = v.object({ welcome: v.fallback(v.optional(v.literal(true)), undefined) });

export function accountRoutes<R extends AnyRoute>(root: R) {
  const InboxPage = lazyRouteComponent(() => import('./InboxPage'));
  const ProfilePage = lazyRouteComponent(() => import('./ProfilePage'));
  const inbox = createRoute({
    getParentRoute: () => root,
    path: '/inbox',
    validateSearch: InboxSearch,
    component: () => {
      const search = inbox.useSearch();
      return <InboxPage channel={search().channel ?? 'sms'} flow={search().flow} />;
    },
  });
  const profile = createRoute({
    getParentRoute: () => root,
    path: '/profile',
    validateSearch: ProfileSearch,
    component: () => {
      const search = profile.useSearch();
      return <ProfilePage welcome={search().welcome === true} />;
    },
  });
  const LoginPage = lazyRouteComponent(() => import('./LoginPage'));
  const login = createRoute({
    getParentRoute: () => root,
    path: '/login',
    // Only a path inside the app: never an address elsewhere.
    validateSearch: v.object({ redirect: v.fallback(v.optional(v.pipe(v.string(), v.regex(/^\/(?!\/)/))), undefined) }),
    component: () => {
      const search = login.useSearch();
      return <LoginPage redirect={search().redirect} />;
    },
  });
  const page = (path: string, load: () => Promise<{ default: () => unknown }>) =>
    createRoute({ getParentRoute: () => root, path, component: lazyRouteComponent(load as never) });
  return [
    inbox,
    profile,
    login,
    page('/register', () => import('./RegisterPage')),
    page('/reset', () => import('./ResetPage')),
    page('/profile/security', () => import('./SecurityPage')),
    page('/profile/journal', () => import('./JournalPage')),
    page('/profile/data', () => import('../profile/ProfileDataPage')),
    page('/profile/documents', () => import('../profile/DocumentsPage')),
    page('/profile/settings', () => import('./SettingsPage')),
    page('/profile/privacy', () => import('../profile/DataRightsPage')),
    page('/profile/identity', () => import('../profile/IdentityPage')),
  ] as const;
}

// Routes of «Мои данные», documents, data rights and identity: all for a signed-in citizen, so the
// router hangs them under its sign-in guard.
import { createRoute, lazyRouteComponent } from '@tanstack/solid-router';
import { signedInRoute } from '../../ui/signedIn';

export function profileRoutes() {
  const page = <const Path extends string>(path: Path, load: () => Promise<{ default: () => unknown }>) =>
    createRoute({ getParentRoute: () => signedInRoute, path, component: lazyRouteComponent(load as never) });
  return [
    page('/profile/data', () => import('./ProfileDataPage')),
    page('/profile/documents', () => import('./DocumentsPage')),
    page('/profile/privacy', () => import('./DataRightsPage')),
    page('/profile/identity', () => import('./IdentityPage')),
  ] as const;
}

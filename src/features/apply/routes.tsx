// Routes of applying and of «Мои заявления»: the wizard, the lists with their query in the URL and one
// application. All are for a signed-in citizen, so the router hangs them under its sign-in guard.
// Hooks (useSearch, useParams) run once in the route component; pages get plain reactive props.
import { createRoute, lazyRouteComponent } from '@tanstack/solid-router';
import { Show } from 'solid-js';
import { signedInRoute } from '../../ui/signedIn';
import * as v from 'valibot';
import { CasesSearchSchema } from './casesQuery';

export function applyRoutes() {
  const ApplyPage = lazyRouteComponent(() => import('./ApplyPage'));
  const ApplicationsPage = lazyRouteComponent(() => import('./ApplicationsPage'));
  const ApplicationPage = lazyRouteComponent(() => import('./ApplicationPage'));
  const apply = createRoute({
    getParentRoute: () => signedInRoute,
    path: '/catalog/$serviceId/apply',
    validateSearch: v.object({ draft: v.fallback(v.optional(v.pipe(v.string(), v.uuid())), undefined) }),
    component: () => {
      const params = apply.useParams();
      const search = apply.useSearch();
      return <ApplyPage serviceId={params().serviceId} draftId={search().draft} />;
    },
  });
  const applications = createRoute({
    getParentRoute: () => signedInRoute,
    path: '/applications',
    validateSearch: CasesSearchSchema,
    component: () => {
      const search = applications.useSearch();
      return <ApplicationsPage search={search()} />;
    },
  });
  const application = createRoute({
    getParentRoute: () => signedInRoute,
    path: '/applications/$applicationId',
    validateSearch: v.object({ created: v.fallback(v.optional(v.literal(true)), undefined) }),
    component: () => {
      const params = application.useParams();
      const search = application.useSearch();
      // Keyed by id: a link from one application to another (a correction and the refused one) opens a fresh page.
      return (
        <Show when={params().applicationId} keyed>
          {(id) => <ApplicationPage id={id} created={search().created === true} />}
        </Show>
      );
    },
  });
  return [apply, applications, application] as const;
}

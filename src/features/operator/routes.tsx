// The operator console: the department's side of every case, behind the demo PIN. The queue's filters
// and the open case live in the address, so Back and a reload keep the operator's place.
import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/solid-router';
import * as v from 'valibot';
import { APPLICATION_STATUSES } from '../../domain/application';

const optionalText = (max: number) => v.fallback(v.optional(v.pipe(v.string(), v.maxLength(max))), undefined);

export const OperatorSearchSchema = v.object({
  status: v.fallback(v.optional(v.picklist(APPLICATION_STATUSES)), undefined),
  service: optionalText(60),
  q: optionalText(40),
  case: optionalText(64),
});
export type OperatorSearch = v.InferOutput<typeof OperatorSearchSchema>;

export function operatorRoutes<R extends AnyRoute>(root: R) {
  const OperatorPage = lazyRouteComponent(() => import('./OperatorPage'));
  const page = createRoute({
    getParentRoute: () => root,
    path: '/operator',
    validateSearch: OperatorSearchSchema,
    component: () => {
      const search = page.useSearch();
      return <OperatorPage search={search()} />;
    },
  });
  return [page] as const;
}

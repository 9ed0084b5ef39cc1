// Routes of support: the help centre with its search in the address, one article, the contacts page,
// and the operator's chat queue.
import { createRoute, lazyRouteComponent } from '@tanstack/solid-router';
import { rootRoute } from '../../ui/rootRoute';
import { HelpSearchSchema } from './helpSearch';

export function supportRoutes() {
  const root = rootRoute;
  const HelpPage = lazyRouteComponent(() => import('./HelpPage'));
  const ArticlePage = lazyRouteComponent(() => import('./ArticlePage'));
  const help = createRoute({
    getParentRoute: () => root,
    path: '/help',
    validateSearch: HelpSearchSchema,
    component: () => {
      const search = help.useSearch();
      return <HelpPage search={search()} />;
    },
  });
  const article = createRoute({
    getParentRoute: () => root,
    path: '/help/articles/$articleId',
    component: () => {
      const params = article.useParams();
      return <ArticlePage articleId={params().articleId} />;
    },
  });
  const contacts = createRoute({ getParentRoute: () => root, path: '/help/contacts', component: lazyRouteComponent(() => import('./ContactsPage')) });
  const operatorChats = createRoute({
    getParentRoute: () => root,
    path: '/operator/chats',
    component: lazyRouteComponent(() => import('./OperatorChatsPage')),
  });
  return [help, article, contacts, operatorChats] as const;
}

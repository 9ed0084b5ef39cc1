// The start page: part of the first chunk, never lazy.
import { createRoute } from '@tanstack/solid-router';
import { rootRoute } from '../../ui/rootRoute';
import HomePage from './HomePage';

export function homeRoutes() {
  return [createRoute({ getParentRoute: () => rootRoute, path: '/', component: HomePage })] as const;
}

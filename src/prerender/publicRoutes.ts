// The public pages prerendered to static HTML at build time: what anyone may open without signing in,
// so a phone paints real content before any script runs. A new public page adds its address here.
import { SERVICES } from '../domain/catalog/services';

export const PUBLIC_ROUTES: readonly string[] = [
  '/',
  '/catalog',
  ...SERVICES.map((service) => `/catalog/${service.id}`),
  '/login',
  '/register',
  '/help',
  '/verify',
];

/** The file a prerendered address is written to: «/catalog/x» → «catalog/x.html», «/» → «index.html». */
export const prerenderedFile = (route: string) => (route === '/' ? 'index.html' : `${route.slice(1)}.html`);

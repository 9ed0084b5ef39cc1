// Build-time rendering of one address to HTML with Solid's server renderer (no browser needed): the
// same router, layout and pages as the app, in Russian, signed out. Runs in Node during `vite build`.
import { createMemoryHistory, RouterProvider } from '@tanstack/solid-router';
import { renderToStringAsync } from 'solid-js/web';
import { createAppRouter } from '../router';
import { t } from '../i18n/i18n';

export { PUBLIC_ROUTES, prerenderedFile } from './publicRoutes';

export async function renderRoute(url: string): Promise<{ html: string; title: string }> {
  const router = createAppRouter(createMemoryHistory({ initialEntries: [url] }));
  await router.load();
  const html = await renderToStringAsync(() => <RouterProvider router={router} />);
  // A page that fails to render on the server must fail the build, not ship «Что-то пошло не так».
  // The error screen is told by its marker, not its words: a help article may quote its title.
  if (html.includes('data-error-screen')) throw new Error(`prerender: ${url} renders the error page: ${html.replace(/<[^>]+>/g, ' ').slice(0, 600)}`);
  // Page sets the title in an effect, which a server render does not run: take the page's heading.
  const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/
    .exec(html)?.[1]
    ?.replace(/<[^>]+>/g, '')
    .trim();
  return { html, title: heading ? `${heading} — ${t().app.name}` : t().app.name };
}

// Vite plugin: after the page is bundled, builds src/prerender/entry.tsx for Node (Solid's server
// renderer), renders every public route into the built index.html and emits one HTML file per route,
// before the service worker's precache list is made (so they are precached too). Also emits shell.html:
// the frame (header, footer) with an empty main, which every other address starts from. Needs no
// browser: `npm install && npm start` works on a fresh machine.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin, type UserConfig } from 'vite';
import solid from 'vite-plugin-solid';
import type * as Prerender from './entry';

type Entry = typeof Prerender;

/** The app's container as index.html writes it; the prerendered markup goes inside. */
const ROOT_TAG = '<div id="root"></div>';

export function fillShell(shell: string, html: string, title: string, route: string): string {
  if (!shell.includes(ROOT_TAG)) throw new Error(`prerender: index.html has no ${ROOT_TAG}`);
  return shell
    .replace(/<title>[^<]*<\/title>/, `<title>${title}</title>`)
    .replace(ROOT_TAG, `<div id="root" data-prerendered="${route}">${html}</div>`);
}

/** The frame of a page without its content: what an address with no prerendered file paints first. */
export function emptyMain(html: string): string {
  return html.replace(/(<main\b[^>]*>)[\s\S]*<\/main>/, '$1</main>');
}

export function prerender(define: UserConfig['define']): Plugin[] {
  return [prerenderBuild(define), servePrerendered()];
}

/** `vite preview` (npm start) as a host should: a prerendered page by its file, other pages the frame. */
function servePrerendered(): Plugin {
  let outDir = 'dist';
  return {
    name: 'okno-prerender-preview',
    configResolved(config) {
      outDir = join(config.root, config.build.outDir);
    },
    configurePreviewServer(server) {
      server.middlewares.use((req, _res, next) => {
        const path = new URL(req.url ?? '/', 'http://x').pathname;
        const wantsPage = req.method === 'GET' && !/\.[a-z0-9]+$/i.test(path) && !path.startsWith('/api/') && path !== '/';
        if (wantsPage && !path.includes('..')) {
          const file = `${path.replace(/\/$/, '')}.html`;
          req.url = existsSync(join(outDir, file)) ? file : '/shell.html';
        }
        next();
      });
    },
  };
}

function prerenderBuild(define: UserConfig['define']): Plugin {
  let root = process.cwd();
  return {
    name: 'okno-prerender',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      root = config.root;
    },
    async generateBundle(_, bundle) {
      const index = bundle['index.html'];
      if (!index || index.type !== 'asset') return; // not the page's build (the service worker's, say)
      // The faces the first screen uses (Cyrillic, and Latin for digits), fetched beside the CSS: text painted in a fallback font
      // and redrawn in PT Sans moves (layout shift) when the widths differ.
      const fonts = Object.keys(bundle).filter((name) => /pt-sans-(cyrillic|latin)-(400|700)-normal[^/]*\.woff2$/.test(name));
      const preloads = fonts.map((name) => `<link rel="preload" href="/${name}" as="font" type="font/woff2" crossorigin>`).join('');
      const shell = String(index.source).replace('</head>', `${preloads}</head>`);
      index.source = shell;
      const shellTitle = /<title>([^<]*)<\/title>/.exec(shell)?.[1] ?? '';
      // Inside the project, so the built entry finds solid-js and the router in node_modules.
      const ssrDir = mkdtempSync(join(root, 'node_modules', '.okno-prerender-'));
      try {
        await build({
          configFile: false,
          root,
          logLevel: 'warn',
          define,
          plugins: [solid({ solid: { generate: 'ssr', hydratable: false } })],
          build: {
            ssr: 'src/prerender/entry.tsx',
            outDir: ssrDir,
            emptyOutDir: true,
            target: 'node20',
            rollupOptions: { output: { entryFileNames: 'entry.mjs' } },
          },
        });
        const entry = (await import(pathToFileURL(join(ssrDir, 'entry.mjs')).href)) as Entry;
        for (const route of entry.PUBLIC_ROUTES) {
          const rendered = await entry.renderRoute(route);
          const { title } = rendered;
          // The router's inline scroll-restoration script is for server-rendered apps that hydrate; the
          // app here renders afresh and restores scroll itself.
          const html = rendered.html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
          // The page ships with style-src 'self' (csp.ts): a style attribute would be refused and reported.
          if (/<[^>]+\sstyle=/.test(html)) throw new Error(`prerender: ${route} has an inline style attribute; use a class (CSP)`);
          const page = fillShell(shell, html, title, route);
          if (route === '/') this.emitFile({ type: 'asset', fileName: 'shell.html', source: fillShell(shell, emptyMain(html), shellTitle, '') });
          if (route === '/') index.source = page;
          else this.emitFile({ type: 'asset', fileName: entry.prerenderedFile(route), source: page });
        }
      } finally {
        rmSync(ssrDir, { recursive: true, force: true });
      }
    },
  };
}

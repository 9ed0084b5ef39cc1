// Vite plugin: after the page is bundled, builds src/prerender/entry.tsx for Node (Solid's server
// renderer), renders every public route into the built index.html and emits one HTML file per route,
// before the service worker's precache list is made (so they are precached too). Also emits shell.html:
// the frame (header, footer) with an empty main, which every other address starts from. Needs no
// browser: `npm install && npm start` works on a fresh machine.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin, type UserConfig } from 'vite';
import solid from 'vite-plugin-solid';
import type * as Prerender from './entry';
import { allowInline, inlineIcon, inlineStyle } from './inline';

type Entry = typeof Prerender;

/** The app's container as index.html writes it; the prerendered markup goes inside. */
const ROOT_TAG = '<div id="root"></div>';

export function fillShell(shell: string, html: string, title: string, route: string): string {
  if (!shell.includes(ROOT_TAG)) throw new Error(`prerender: index.html has no ${ROOT_TAG}`);
  return shell
    .replace(/<title>[^<]*<\/title>/, `<title>${title}</title>`)
    .replace(ROOT_TAG, `<div id="root" data-prerendered="${route}">${html}</div>`);
}

/** A tab opened in the background paints no frame: the app starts anyway after this long. */
const START_FALLBACK_MS = 300;
/**
 * The start script: loads the app (the URL in its `data-boot`) once the browser reports the page's first paint,
 * and links the web app manifest (`data-manifest`) then too: the browser fetches the manifest and its icon
 * for the install check as soon as the page names it, and they were on the line before the first paint.
 * Until the app has taken the page over, a button pressed or a form sent on the static page is held: its
 * handler is the app's, so the press would do nothing, and a form would go the browser's way (a GET with
 * the password in the address). The element is marked `data-pressed` (in order) and the app presses its
 * own copy once it is in place (carryPresses in src/ui/carryInput.ts).
 */
const START_SCRIPT = `// Okno: starts the app after the first paint (see src/prerender/prerenderPlugin.ts).
const boot = document.querySelector('script[data-boot]').dataset.boot;
let presses = 0;
const hold = (event) => {
  const target = event.type === 'submit' ? event.target : event.target.closest?.('button');
  if (!target?.closest('#root[data-prerendered]')) return;
  event.preventDefault();
  target.dataset.pressed = String(++presses);
};
addEventListener('click', hold, true);
addEventListener('submit', hold, true);
let started = false;
const linkManifest = () => {
  const link = document.createElement('link');
  link.rel = 'manifest';
  link.href = document.querySelector('script[data-manifest]').dataset.manifest;
  document.head.append(link);
};
const start = () => started || ((started = true), linkManifest(), import(boot));
new PerformanceObserver(start).observe({ type: 'paint', buffered: true });
setTimeout(start, ${START_FALLBACK_MS});
`;

/**
 * The page's module script becomes a start script of a few lines, inline in the page (allowed by its hash in
 * the CSP), that imports it after the first paint. Why: the prerendered page (or the frame) is the first
 * paint, and nothing it needs may share the line with the app's 60 KB: on a phone's slow line the app's
 * script downloaded beside the style sheet and held the paint back (Lighthouse's LCP 2.2 s on / against
 * 0.75 s for a static page). Inline, not a file: a file was one more round trip started before the paint.
 * The app's file stays named in `data-boot`, so the service worker's first install still takes it with the page.
 */
export function startAfterPaint(html: string): string {
  const tag = /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"><\/script>/.exec(html);
  if (!tag) throw new Error('prerender: index.html has no module script to start after the paint');
  const manifest = /<link rel="manifest" href="([^"]+)">/.exec(html);
  if (!manifest) throw new Error('prerender: index.html links no web app manifest');
  return allowInline(html, 'script-src', START_SCRIPT)
    .replace(manifest[0], '')
    .replace(tag[0], () => `<script type="module" data-boot="${tag[1]}" data-manifest="${manifest[1]}">${START_SCRIPT}</script>`);
}

/** The frame of a page without its content: what an address with no prerendered file paints first. */
export function emptyMain(html: string): string {
  return html.replace(/(<main\b[^>]*>)[\s\S]*<\/main>/, '$1</main>');
}

export function prerender(define: UserConfig['define']): Plugin[] {
  return [prerenderBuild(define), servePrerendered()];
}

/**
 * The policy as a host sends it in a header: the pages' own (with the hashes of their inline sheet and start
 * script, the same on every page) and frame-ancestors, which a <meta> cannot carry. README, «Content-Security-Policy».
 */
const CSP_HEADER_FILE = 'content-security-policy.txt';

function cspHeader(page: string): string {
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page)?.[1];
  if (!policy) throw new Error('prerender: index.html carries no Content-Security-Policy');
  return `${policy}; frame-ancestors 'none'\n`;
}

/**
 * `vite preview` (npm start) as a host should: a prerendered page by its file, other pages the frame, each
 * with the policy header from CSP_HEADER_FILE.
 */
function servePrerendered(): Plugin {
  let outDir = 'dist';
  return {
    name: 'okno-prerender-preview',
    configResolved(config) {
      outDir = join(config.root, config.build.outDir);
    },
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = new URL(req.url ?? '/', 'http://x').pathname;
        const wantsPage = req.method === 'GET' && !/\.[a-z0-9]+$/i.test(path) && !path.startsWith('/api/') && path !== '/';
        if (wantsPage && !path.includes('..')) {
          const file = `${path.replace(/\/$/, '')}.html`;
          req.url = existsSync(join(outDir, file)) ? file : '/shell.html';
        }
        const header = join(outDir, CSP_HEADER_FILE);
        if ((wantsPage || path === '/' || path.endsWith('.html')) && existsSync(header)) {
          res.setHeader('Content-Security-Policy', readFileSync(header, 'utf8').trim());
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
      const icon = readFileSync(join(root, 'public/icons/icon.svg'), 'utf8');
      const styled = inlineStyle(inlineIcon(startAfterPaint(String(index.source)), icon), (fileName) => {
        const sheet = bundle[fileName];
        if (sheet?.type !== 'asset') throw new Error(`prerender: no style sheet ${fileName} in the bundle`);
        return String(sheet.source);
      });
      delete bundle[styled.inlined];
      const shell = styled.html;
      index.source = shell;
      this.emitFile({ type: 'asset', fileName: CSP_HEADER_FILE, source: cspHeader(shell) });
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

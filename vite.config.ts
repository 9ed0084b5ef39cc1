/// <reference types="vitest/config" />
// Build of the page, the workers and the service worker (injectManifest), plus unit-test settings.
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';
import { VitePWA } from 'vite-plugin-pwa';
import pkg from './package.json' with { type: 'json' };
import { contentSecurityPolicy } from './src/prerender/csp';
import { prerender } from './src/prerender/prerenderPlugin';
import { eagerCompile } from './src/prerender/eagerCompile';
import { documentFont } from './workers/pdf/font/documentFontPlugin';
import { openApiDocument } from './src/server/contract/openApiPlugin';

/** Each build gets its own id so a new deployment is a new service worker. */
const BUILD_ID = process.env.OKNO_BUILD_ID ?? `${pkg.version}+${new Date().toISOString()}`;

/**
 * A test build (OKNO_CONTRACT_CHECK=1) makes the service worker check every /api answer against the
 * contract and name what breaks it in X-Okno-Contract-Violations. Never on in the citizens' build.
 */
const CONTRACT_CHECK = process.env.OKNO_CONTRACT_CHECK === '1';

const DEFINE = {
  __OKNO_VERSION__: JSON.stringify(pkg.version),
  __OKNO_BUILD_ID__: JSON.stringify(BUILD_ID),
  __OKNO_CONTRACT_CHECK__: JSON.stringify(CONTRACT_CHECK),
};

export default defineConfig({
  define: DEFINE,
  build: {
    outDir: process.env.OKNO_OUT_DIR ?? 'dist',
    target: 'es2022',
    // OKNO_SOURCEMAP=1 (with OKNO_OUT_DIR) for a build whose CPU profiles name the source lines.
    sourcemap: process.env.OKNO_SOURCEMAP === '1',
    // No <link rel=modulepreload> for a lazy page's dependencies: Vite's helper appended one per
    // dependency (up to ~35 for /login) in one task, and that appendChild loop alone took 20-65 ms of
    // main thread on this machine (a CPU profile of /login): Lighthouse's TBT on /login 720 ms with it,
    // 331 without; signed-in /applications 1,346 and 463, its LCP 1.8x and 1.05x a static page. The
    // browser finds the same files a level later by itself, and after the first visit the service
    // worker answers them from the device.
    modulePreload: false,
    rolldownOptions: {
      output: {
        // What every first visit runs (the modules main.tsx reaches by static imports) in one chunk
        // beside the entry, instead of the ~35 small shared chunks Rolldown makes by default: fewer
        // requests before the first interaction, and a module a lazy page needs can no longer drag its
        // chunk neighbours (say, the application schemas beside the list of statuses) onto the first
        // route. main.tsx stays out of it: its top-level await would make every lazy chunk that imports
        // the shared code wait for start-up, which waits for the page's chunk (a deadlock).
        codeSplitting: { groups: [{ name: 'boot', tags: ['$initial'], test: (id) => !/[\\/]src[\\/]main\.tsx$/.test(id) }] },
      },
    },
  },
  // The document font module is needed by the page (tests), the PDF worker and the service worker's
  // own build alike; each build takes its own plugin instance, as vite-plugin-pwa asks.
  worker: { format: 'es', plugins: () => [documentFont()] },
  preview: { port: 4173, strictPort: true },
  plugins: [
    solid(),
    contentSecurityPolicy(),
    eagerCompile('boot', 'database'),
    // Public pages as static HTML, made before VitePWA lists the precache (it runs after the bundle).
    ...prerender(DEFINE),
    documentFont(),
    openApiDocument(pkg.version, DEFINE, () => [documentFont()]),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'workers',
      filename: 'sw.ts',
      registerType: 'prompt',
      injectRegister: false,
      manifestFilename: 'manifest.webmanifest',
      // The glob below already precaches the icons; adding them again would list them twice.
      includeManifestIcons: false,
      manifest: {
        id: '/',
        name: 'Окно — государственные услуги',
        short_name: 'Окно',
        description: 'Офлайн-портал государственных услуг: заявления, платежи, обращения',
        lang: 'ru',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        theme_color: '#0d4cd3',
        background_color: '#ffffff',
        categories: ['government', 'utilities'],
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      injectManifest: {
        rollupFormat: 'iife',
        plugins: [documentFont()],
        // Everything the app can need offline, lazy chunks, workers and the PDF font included.
        globPatterns: ['**/*.{js,css,html,svg,png,woff2,ttf,webmanifest,txt}'],
        // The policy header's text is for the host's configuration, not the app (src/prerender/csp.ts).
        globIgnores: ['content-security-policy.txt'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      },
      devOptions: { enabled: false, type: 'module' },
    }),
  ],
  test: {
    include: ['src/**/*.test.ts', 'workers/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    // Vitest runs on one core less than the machine has: one on CI's two, so the unit stage ran file after
    // file (264 s, of which the OCR file waits on Tesseract for 63 s). Every core takes test files.
    maxWorkers: availableParallelism(),
  },
});

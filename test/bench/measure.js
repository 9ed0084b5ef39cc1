// Measurement helpers for test/bench/run.js: file sizes from dist/ and timings in headless Chromium.
// Kept apart from run.js so the runner stays a short list of "measure, compare, print".
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const KB = 1024;

/* ---------- sizes ---------- */

/** gzip size in bytes of a file, with node's default level (close to what a server would send). */
export function gzipBytes(file) {
  return gzipSync(readFileSync(file)).length;
}

/** gzip size in bytes of the style sheets inline in a built page (src/prerender/inlineStyle.ts). */
export function inlineStyleGzipBytes(htmlFile) {
  const sheets = [...readFileSync(htmlFile, 'utf8').matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]);
  return sheets.length ? gzipSync(sheets.join('')).length : 0;
}

/** dist file behind a URL served by the preview, or null (HTML fallback, other origin, missing file). */
export function distFileForUrl(distDir, url) {
  const path = decodeURIComponent(new URL(url).pathname);
  if (path === '/' || path.endsWith('/')) return null;
  const file = join(distDir, path);
  return file.startsWith(distDir) && existsSync(file) ? file : null;
}

/**
 * Precache entries injected into dist/sw.js by vite-plugin-pwa. Only objects holding exactly a quoted
 * url and a revision (string or null) match, so workbox's own `{revision:n,url:r}` code does not.
 */
export function precacheUrls(swSource) {
  const str = '(?:"[^"]*"|\'[^\']*\'|`[^`]*`)';
  const key = (name) => `["'\`]?${name}["'\`]?\\s*:\\s*`;
  const urlFirst = new RegExp(`\\{\\s*${key('url')}(${str})\\s*,\\s*${key('revision')}(?:${str}|null)\\s*\\}`, 'g');
  const revFirst = new RegExp(`\\{\\s*${key('revision')}(?:${str}|null)\\s*,\\s*${key('url')}(${str})\\s*\\}`, 'g');
  const urls = new Set();
  for (const re of [urlFirst, revFirst]) {
    for (const m of swSource.matchAll(re)) urls.add(m[1].slice(1, -1));
  }
  return [...urls];
}

/** A JS file plus every relative chunk it imports statically (`import "./x.js"`, `from "./x.js"`), transitively. */
export function staticImportClosure(entryFile) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(/(?:\bimport|\bfrom)\s*["'`](\.{1,2}\/[^"'`]+\.m?js)["'`]/g)) {
      visit(resolve(dirname(file), m[1]));
    }
  };
  visit(entryFile);
  return [...seen];
}

/** Files in dist/assets whose name starts with `pdf.worker`. */
export function pdfWorkerFiles(distDir) {
  const assets = join(distDir, 'assets');
  if (!existsSync(assets)) return [];
  return readdirSync(assets)
    .filter((name) => name.startsWith('pdf.worker') && /\.m?js$/.test(name))
    .map((name) => join(assets, name));
}

/* ---------- browser ---------- */

/**
 * Installed in every page before its own scripts: records in window.__benchReady the performance.now()
 * (ms since navigation start) of the first frame where `header` is visible and the document is complete.
 */
const READY_PROBE = `(() => {
  const visible = (el) => {
    if (!el) return false;
    if (el.checkVisibility) return el.checkVisibility({ visibilityProperty: true, opacityProperty: true });
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  const check = () => {
    if (window.__benchReady !== undefined) return;
    if (document.readyState === 'complete' && visible(document.querySelector('header'))) {
      window.__benchReady = performance.now();
    } else requestAnimationFrame(check);
  };
  addEventListener('load', check);
  requestAnimationFrame(check);
})();`;

export async function newContext(browser) {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  await context.addInitScript(READY_PROBE);
  return context;
}

/** Navigate (goto or reload) and return ms from navigation start to "header visible + load complete". */
export async function timedLoad(page, navigate, timeout = 30_000) {
  await navigate();
  const handle = await page.waitForFunction(() => window.__benchReady, null, { timeout });
  return handle.jsonValue();
}

export const median = (xs) => percentile(xs, 50);

export function percentile(xs, p) {
  const sorted = [...xs].sort((a, b) => a - b);
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

/**
 * Loads `url` in a fresh context and lists the scripts and stylesheets the page itself fetched until the
 * network went idle. A CDP session on the page target only sees the page's own requests: dedicated
 * workers and the service worker (including its precaching) are separate targets, so they stay out.
 */
export async function firstRouteAssets(browser, url) {
  const context = await newContext(browser);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const seen = [];
  cdp.on('Network.responseReceived', ({ type, response }) => seen.push({ type, url: response.url }));
  await cdp.send('Network.enable');
  await page.goto(url, { waitUntil: 'networkidle' });
  await context.close();

  const isSw = (u) => /\/(sw\.js|workbox-[^/]*\.js)$/.test(new URL(u).pathname);
  const isWorkerName = (u) => /worker/i.test(new URL(u).pathname.split('/').pop());
  const scripts = seen.filter((r) => (r.type === 'Script' || /\.m?js$/.test(new URL(r.url).pathname)) && !isSw(r.url) && !isWorkerName(r.url));
  const styles = seen.filter((r) => r.type === 'Stylesheet' || /\.css$/.test(new URL(r.url).pathname));
  const unique = (list) => [...new Set(list.map((r) => r.url))];
  return { scripts: unique(scripts), styles: unique(styles) };
}

/** Opens `url` and waits until a service worker is active and controls the page (one reload if needed). */
export async function controlledPage(context, url, timeout = 60_000) {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const isControlled = () =>
    page.evaluate(async (ms) => {
      if (!('serviceWorker' in navigator)) return 'no serviceWorker API';
      const ready = await Promise.race([navigator.serviceWorker.ready.then(() => true), new Promise((r) => setTimeout(() => r(false), ms))]);
      if (!ready) return 'no active service worker (is it registered?)';
      return navigator.serviceWorker.controller ? 'ok' : 'not controlled';
    }, timeout);
  let state = await isControlled();
  if (state === 'not controlled') {
    await page.reload({ waitUntil: 'load' });
    state = await isControlled();
  }
  if (state !== 'ok') throw new Error(`service worker does not control ${url}: ${state}`);
  return page;
}

/** `n` sequential fetches of `path` from the page; returns per-call ms and any non-OK statuses. */
export function fetchTimings(page, path, n) {
  return page.evaluate(
    async ({ path, n }) => {
      const times = [];
      const bad = [];
      for (let i = 0; i < n; i++) {
        const t0 = performance.now();
        const res = await fetch(path, { cache: 'no-store' });
        await res.arrayBuffer();
        times.push(performance.now() - t0);
        const type = res.headers.get('content-type') ?? '';
        if (!res.ok || type.includes('text/html')) bad.push(`${res.status} ${type}`);
      }
      return { times, bad };
    },
    { path, n },
  );
}

/** The bench stand's operator PIN: reading any simulated inbox needs a staff session. */
const BENCH_PIN = '2468';

/** Signs up a citizen through the simulated API from the page (the SMS code read as staff, like QA). */
export function signUpInPage(page, phone) {
  return page.evaluate(
    async ({ phone, pin }) => {
      const call = async (path, body, token) => {
        const response = await fetch(`/api${path}`, {
          method: body === undefined ? 'GET' : 'POST',
          headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        return response.json();
      };
      const { flowId } = await call('/auth/register', { phone });
      if (!(await call('/_sim/operator')).set) await call('/_sim/operator', { pin });
      const { token: staff } = await call('/operator/check', { pin });
      // The newest SMS to the phone with a six-digit code (the message may take a moment to arrive).
      let code;
      for (let tries = 0; !code; tries++) {
        if (tries === 50) throw new Error(`no registration code was sent to ${phone}`);
        const sms = await (await fetch('/api/_sim/inbox?channel=sms', { headers: { 'X-Okno-Operator': staff } })).json();
        code = sms
          .filter((m) => m.to === phone)
          .map((m) => /\b(\d{6})\b/.exec(m.body)?.[1])
          .find(Boolean);
        if (!code) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await call('/auth/register/verify', { flowId, code });
      const done = await call('/auth/register/complete', {
        flowId,
        person: { surname: 'Тестова', name: 'Анна', patronymic: '', birthDate: '01.02.1990', gender: 'female' },
        email: 'bench@example.ru',
        password: 'Zelenyj#Sad7',
        consent: true,
      });
      const me = await call('/me', undefined, done.token);
      return { token: done.token, id: me.id };
    },
    { phone, pin: BENCH_PIN },
  );
}

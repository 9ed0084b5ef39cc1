// Lighthouse 12 (mobile emulation, simulated throttling: its defaults) on a blank static page and on the
// pages a citizen opens first, median of 3 runs each. Why a blank page in the same run: this machine is
// shared and its speed varies, so a page's LCP is judged as a multiple of the blank page's, measured by
// the same Chromium a minute apart. Signed-in /applications runs last, on a device that has signed in
// before (storage kept, service worker in control), as a returning citizen opens it.
import { createServer } from 'node:http';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

export const LIGHTHOUSE_RUNS = 3;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** The public pages measured, signed out; a service page stands for all of them. */
export const LIGHTHOUSE_PAGES = ['/', '/catalog', '/catalog/residence-certificate', '/login'];
const SIGNED_IN_PAGE = '/applications';
/** The stand's operator PIN, as in the e2e page objects (test/e2e/pages/app.ts). */
const STAFF_PIN = '2468';

/** What a static page with no JS paints: a heading and a paragraph in the app's language. */
const BLANK_HTML = `<!doctype html><html lang="ru"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Пустая страница для сравнения">
<title>Пустая страница</title></head><body><main><h1>Пустая страница</h1><p>Статичный текст без скриптов, для сравнения скорости.</p></main></body></html>`;

function serveBlank() {
  const server = createServer((req, res) => {
    if (req.url === '/robots.txt') return void res.writeHead(200, { 'Content-Type': 'text/plain' }).end('User-agent: *\nAllow: /\n');
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(BLANK_HTML);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * OKNO_LIGHTHOUSE_PAGES=/catalog,signed-in measures only those pages (and the blank one), to check one
 * change without the whole run; unset, every page.
 */
const ONLY_PAGES = process.env.OKNO_LIGHTHOUSE_PAGES?.split(',').filter(Boolean) ?? [];
const wanted = (path) => ONLY_PAGES.length === 0 || ONLY_PAGES.includes(path);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** One Lighthouse run: the figures the issue names. */
async function audit(url, port, keepStorage) {
  const { lhr } = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: CATEGORIES,
    disableStorageReset: keepStorage,
  });
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
  const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  return {
    lcpMs: lhr.audits['largest-contentful-paint'].numericValue,
    cls: lhr.audits['cumulative-layout-shift'].numericValue,
    tbtMs: lhr.audits['total-blocking-time'].numericValue,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    failing: Object.values(lhr.audits)
      .filter(
        (a) =>
          a.score !== null &&
          a.score < 1 &&
          ['binary', 'numeric'].includes(a.scoreDisplayMode) &&
          !/^(largest|first|speed|interactive|total-blocking|max-potential|cumulative)/.test(a.id),
      )
      .map((a) => a.id),
  };
}

async function medianOf(url, port, keepStorage) {
  const runs = [];
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) runs.push(await audit(url, port, keepStorage));
  const pick = (key) => median(runs.map((r) => r[key]));
  console.log(`lighthouse ${url}: LCP ${runs.map((r) => Math.round(r.lcpMs)).join('/')} ms, perf ${runs.map((r) => r.performance).join('/')}`);
  return {
    lcpMs: Math.round(pick('lcpMs')),
    cls: Math.round(pick('cls') * 1000) / 1000,
    tbtMs: Math.round(pick('tbtMs')),
    performance: pick('performance'),
    accessibility: pick('accessibility'),
    bestPractices: pick('bestPractices'),
    seo: pick('seo'),
    failing: [...new Set(runs.flatMap((r) => r.failing))],
  };
}

/** Signs a citizen up through the API in the launched Chromium and keeps the token («Запомнить меня»). */
async function signIn(cdpPort, origin) {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${cdpPort}`);
  try {
    const context = browser.contexts()[0];
    const page = await context.newPage();
    await page.goto(`${origin}/`, { waitUntil: 'load' });
    await page.evaluate(async (STAFF_PIN) => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller)
        await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
      const call = async (path, body) => {
        const response = await fetch(`/api${path}`, {
          method: body === undefined ? 'GET' : 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        return response.json();
      };
      // The simulated inbox is a staff read (X-Okno-Operator), as QA's page objects open it.
      const staff = async () => {
        const state = await call('/_sim/operator');
        if (!state.set) await call('/_sim/operator', { pin: STAFF_PIN });
        return (await call('/operator/check', { pin: STAFF_PIN })).token;
      };
      const phone = '+79990003344';
      const { flowId } = await call('/auth/register', { phone });
      const sms = await (await fetch('/api/_sim/inbox?channel=sms', { headers: { 'X-Okno-Operator': await staff() } })).json();
      const code = /(\d{6})/.exec(sms.find((m) => m.to === phone).body)[1];
      await call('/auth/register/verify', { flowId, code });
      const done = await call('/auth/register/complete', {
        flowId,
        person: { surname: 'Тестова', name: 'Анна', patronymic: '', birthDate: '01.02.1990', gender: 'female' },
        email: 'lighthouse@example.ru',
        password: 'Zelenyj#Sad7',
        consent: true,
      });
      localStorage.setItem('okno.session', done.token);
    }, STAFF_PIN);
    // Once with the token, so the device's mirrors are filled as after any earlier visit.
    await page.goto(`${origin}${SIGNED_IN_PAGE}`, { waitUntil: 'networkidle' });
    await page.close();
  } finally {
    await browser.close().catch(() => {});
  }
}

/**
 * Lighthouse figures per page, the blank page first. `origin` serves the built app; the launched
 * Chromium uses the e2e flags. Returns { blank, pages: [{ path, ...figures, lcpRatio }] }.
 */
export async function measureLighthouse(origin, chromiumPath, chromiumArgs) {
  const blankServer = await serveBlank();
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: ['--headless=new', ...chromiumArgs] });
  try {
    const blank = await medianOf(`http://127.0.0.1:${blankServer.address().port}/`, chrome.port, false);
    const pages = [];
    for (const path of LIGHTHOUSE_PAGES.filter(wanted)) pages.push({ path, ...(await medianOf(`${origin}${path}`, chrome.port, false)) });
    if (wanted('signed-in')) {
      await signIn(chrome.port, origin);
      pages.push({ path: `${SIGNED_IN_PAGE} (signed in)`, ...(await medianOf(`${origin}${SIGNED_IN_PAGE}`, chrome.port, true)) });
    }
    for (const page of pages) page.lcpRatio = Math.round((page.lcpMs / blank.lcpMs) * 100) / 100;
    return { blank, pages };
  } finally {
    chrome.kill();
    blankServer.close();
  }
}

/** A table of the figures, the blank page's first. */
export function printLighthouse({ blank, pages }) {
  const head = ['page', 'LCP ms', '×blank', 'CLS', 'TBT ms', 'perf', 'a11y', 'best', 'SEO'];
  const rows = [{ path: 'blank static page', ...blank, lcpRatio: 1 }, ...pages].map((p) => [
    p.path,
    String(p.lcpMs),
    String(p.lcpRatio),
    String(p.cls),
    String(p.tbtMs),
    String(p.performance),
    String(p.accessibility),
    String(p.bestPractices),
    String(p.seo),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  console.log(`\nLighthouse 12, mobile, median of ${LIGHTHOUSE_RUNS}\n${line(head)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of rows) console.log(line(row));
  for (const p of pages) if (p.failing.length) console.log(`  ${p.path}: failing audits ${p.failing.join(', ')}`);
}

/** The worst page's figures, as bench metrics (budgets: ratio, CLS and TBT at most; scores at least). */
export function lighthouseMetrics(result) {
  const pages = result?.pages ?? [];
  const worst = (key, pickMax) => (pages.length ? (pickMax ? Math.max : Math.min)(...pages.map((p) => p[key])) : undefined);
  return [
    ['lighthouseLcpRatioMax', 'Lighthouse LCP ÷ blank page LCP, worst page', '×', worst('lcpRatio', true)],
    ['lighthouseClsMax', 'Lighthouse CLS, worst page', '', worst('cls', true)],
    ['lighthouseTbtMaxMs', 'Lighthouse TBT, worst page', 'ms', worst('tbtMs', true)],
    ['lighthousePerformanceMin', 'Lighthouse performance, worst page', '', worst('performance', false)],
    ['lighthouseA11yMin', 'Lighthouse accessibility, worst page', '', worst('accessibility', false)],
    ['lighthouseBestPracticesMin', 'Lighthouse best practices, worst page', '', worst('bestPractices', false)],
    ['lighthouseSeoMin', 'Lighthouse SEO, worst page', '', worst('seo', false)],
  ];
}

// Performance bench for Okno (`npm run bench`, after `npm run build`).
// Why: the app promises a small first route, a bounded offline precache, fast cold and offline loads and
// a quick simulated API through the service worker. This script measures those on the built dist/ with
// headless Chromium, compares each number with test/bench/budgets.json, prints a table and writes
// test-results/bench.json. Budgets are advisory: it exits 0 even when over budget, non-zero only when
// the bench itself cannot run (no dist/, browser or preview failing to start, ...).
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.js';
import * as m from './measure.js';
import { measureAutosave, measureSearch } from './appBench.js';
import { FILE_COUNT, measureWorkerCheck, ROUNDS } from './workerBench.js';
import { CASE_COUNT, measureHistoryRender, measureLifecycle } from './casesBench.js';
import { measureCertificatePdf } from './pdfBench.js';
import { measureReceipts, RECEIPT_COUNT } from './receiptsBench.js';
import { lighthouseMetrics, measureLighthouse, printLighthouse } from './lighthouseBench.js';
import { measureKbSearch } from './supportBench.js';
import { BOOKING_COUNT, measureOffices, OFFICE_COUNT } from './officesBench.js';
import { APPEAL_COUNT, measureAppealsFirstRow, measureAppealsSearch } from './appealsBench.js';
import { measureVault } from './vaultBench.js';
import { BOOKING_PAGE_COUNT, measureBookingsFirstRow } from './bookingsBench.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIST = join(ROOT, process.env.OKNO_OUT_DIR ?? 'dist');
/** OKNO_BENCH_PORT lets two benches (say, of two builds in OKNO_OUT_DIR) run side by side. */
const PORT = Number(process.env.OKNO_BENCH_PORT ?? 4199);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const RUNS = 5;
/** OKNO_BENCH_ONLY=lighthouse runs the Lighthouse part alone (it takes minutes); =app skips it; =vault runs encryption at rest alone; =bookings «Мои записи» in Chromium alone; =history «Мои заявления» alone. */
const ONLY = process.env.OKNO_BENCH_ONLY ?? '';
const HEALTH_CALLS = 100;

const round = (x, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
const rel = (file) => relative(DIST, file);

/** Sums gzip sizes of the dist files behind the given URLs; URLs without a dist file are listed apart. */
function gzipOfUrls(urls) {
  const files = [];
  const unmapped = [];
  for (const url of urls) {
    const file = m.distFileForUrl(DIST, url);
    if (file) files.push({ file: rel(file), gzip: m.gzipBytes(file) });
    else unmapped.push(url);
  }
  const kb = files.reduce((sum, f) => sum + f.gzip, 0) / m.KB;
  return { kb: round(kb), files, unmapped };
}

function measurePrecache() {
  const urls = m.precacheUrls(readFileSync(join(DIST, 'sw.js'), 'utf8'));
  const missing = urls.filter((u) => !existsSync(join(DIST, u)));
  const bytes = urls.filter((u) => !missing.includes(u)).reduce((s, u) => s + statSync(join(DIST, u)).size, 0);
  if (urls.length === 0) throw new Error('no precache entries found in dist/sw.js');
  // What the first install downloads before the mock backend answers (workers/assetCache.ts): the app
  // frame (shell.html), icons and manifest, and the built files the frame links to; the prerendered pages
  // and the rest follow once the page is up.
  const shell = readFileSync(join(DIST, 'shell.html'), 'utf8');
  const linked = new Set([...shell.matchAll(/(?:src|href|data-boot)="\/?(assets\/[^"]+)"/g)].map((match) => match[1]));
  const later = (u) => (u.startsWith('assets/') && !linked.has(u)) || (u.endsWith('.html') && u !== 'shell.html');
  const first = urls.filter((u) => !missing.includes(u) && !later(u));
  const firstBytes = first.reduce((s, u) => s + statSync(join(DIST, u)).size, 0);
  return { kb: round(bytes / m.KB), entries: urls.length, missing, firstInstallKb: round(firstBytes / m.KB), firstInstallEntries: first.length };
}

function measurePdfWorker() {
  const entries = m.pdfWorkerFiles(DIST);
  if (entries.length === 0) throw new Error('no dist/assets/pdf.worker* file');
  const files = [...new Set(entries.flatMap(m.staticImportClosure))];
  const kb = files.reduce((s, f) => s + m.gzipBytes(f), 0) / m.KB;
  return { kb: round(kb), files: files.map(rel) };
}

async function measureColdLoads(browser) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await m.newContext(browser);
    const page = await context.newPage();
    times.push(await m.timedLoad(page, () => page.goto(`${ORIGIN}/`, { waitUntil: 'commit' })));
    await context.close();
  }
  return times;
}

/** Offline reloads and /api/health calls share one context, controlled by the service worker. */
async function measureOffline(browser) {
  const context = await m.newContext(browser);
  try {
    const page = await m.controlledPage(context, `${ORIGIN}/`);
    await context.setOffline(true);
    const loads = [];
    for (let i = 0; i < RUNS; i++) {
      loads.push(await m.timedLoad(page, () => page.reload({ waitUntil: 'commit' })));
    }
    const health = await m.fetchTimings(page, '/api/health', HEALTH_CALLS);
    return { loads, health };
  } finally {
    await context.close();
  }
}

/** Runs one measurement; a failure is recorded against its metrics instead of stopping the bench. */
async function attempt(name, fn, errors) {
  try {
    return await fn();
  } catch (err) {
    errors.push(`${name}: ${err.message.split('\n')[0]}`);
    return null;
  }
}

/** Encryption at rest: unlock and the encrypted autosave, on the app's origin (its «okno» database). */
async function measureVaultOnOrigin(browser) {
  const context = await m.newContext(browser);
  try {
    const page = await m.controlledPage(context, `${ORIGIN}/settings/storage`);
    await page.getByRole('cell').first().waitFor(); // the page has opened «okno»
    return await measureVault(page);
  } finally {
    await context.close();
  }
}

const vaultMetrics = (vault) => [
  ['vaultUnlockMs', 'unlock: PBKDF2-SHA256 600,000 + unwrap of the data key, median of 5', 'ms', vault && round(vault.unlockMedian, 0)],
  ['vaultUnlockMaxMs', 'unlock, worst of 5', 'ms', vault && round(vault.unlockMax, 0)],
  [
    'autosaveSealedP95Ms',
    'draft autosave with encryption (seal + put + complete), p95 (10k sealed drafts)',
    'ms',
    vault && round(vault.autosaveP95, 2),
  ],
  ['autosaveSealedMedianMs', 'draft autosave with encryption, median', 'ms', vault && round(vault.autosaveMedian, 2)],
];

/** «Мои записи» with 1,000 bookings in the device's mirror, in a context of its own. */
async function measureBookingsOnOrigin(browser) {
  const context = await m.newContext(browser);
  try {
    return await measureBookingsFirstRow(ROOT, await m.controlledPage(context, `${ORIGIN}/`), ORIGIN);
  } finally {
    await context.close();
  }
}

const bookingsMetrics = (bookings) => [
  [
    'bookingsFirstRowMs',
    `«Мои записи» first row with ${BOOKING_PAGE_COUNT} bookings on the device, from the header link (median of 5)`,
    'ms',
    bookings && round(bookings.navigationMs, 0),
  ],
  [
    'bookingsLoadMs',
    `«Мои записи» first row with ${BOOKING_PAGE_COUNT} bookings, page load (median of 3)`,
    'ms',
    bookings && round(bookings.loadMs, 0),
  ],
];

const historyMetrics = (history) => [
  ['historyRenderMs', `«Мои заявления» first row with ${CASE_COUNT} applications, page load`, 'ms', history && round(history.loadMs, 0)],
  [
    'historyNavigationMs',
    `«Мои заявления» first row with ${CASE_COUNT} applications, from the header link (median of 5)`,
    'ms',
    history && round(history.navigationMs, 0),
  ],
  [
    'historyFilterMs',
    `«Мои заявления» status filter to its result, ${CASE_COUNT} applications (median of 5)`,
    'ms',
    history && round(history.filterMs, 0),
  ],
  ['historyLongTaskMs', 'longest main-thread task meanwhile (0: none over 50 ms)', 'ms', history && round(history.longestTaskMs, 0)],
  [
    'historyThrottledInteractionMs',
    `longest interaction (Event Timing) there at 4× CPU throttling${history?.slowestInteraction ? `: ${history.slowestInteraction}` : ''}`,
    'ms',
    history && round(history.throttledInteractionMs, 0),
  ],
];

/** «Мои заявления» with 10,000 applications, in a fresh context (issue 11's budgets). */
async function measureHistoryOnOrigin(browser) {
  const context = await m.newContext(browser);
  try {
    return await measureHistoryRender(await m.controlledPage(context, `${ORIGIN}/`), ORIGIN);
  } finally {
    await context.close();
  }
}

async function measureAll(browser) {
  const errors = [];
  if (ONLY === 'bookings') {
    const bookings = await attempt('bookings first row', () => measureBookingsOnOrigin(browser), errors);
    return {
      metrics: bookingsMetrics(bookings).map(([id, label, unit, value]) => ({ id, label, unit, value: value ?? null })),
      details: { bookingsNavigationsMs: bookings?.navigationsMs },
      errors,
    };
  }
  if (ONLY === 'history') {
    const history = await attempt('history render', () => measureHistoryOnOrigin(browser), errors);
    return { metrics: historyMetrics(history).map(([id, label, unit, value]) => ({ id, label, unit, value: value ?? null })), details: {}, errors };
  }
  if (ONLY === 'vault') {
    const vault = await attempt('vault', () => measureVaultOnOrigin(browser), errors);
    return { metrics: vaultMetrics(vault).map(([id, label, unit, value]) => ({ id, label, unit, value: value ?? null })), details: {}, errors };
  }
  const lighthouse = ONLY === 'app' ? null : await attempt('lighthouse', () => measureLighthouse(ORIGIN, CHROMIUM_PATH, CHROMIUM_ARGS), errors);
  if (lighthouse) printLighthouse(lighthouse);
  if (ONLY === 'lighthouse') {
    const metrics = lighthouseMetrics(lighthouse).map(([id, label, unit, value]) => ({ id, label, unit, value: value ?? null }));
    return { metrics, details: { lighthouse }, errors };
  }
  const assets = await attempt('first route', () => m.firstRouteAssets(browser, `${ORIGIN}/`), errors);
  const js = assets && gzipOfUrls(assets.scripts);
  // The sheet is inline in the page (src/prerender/inlineStyle.ts); a linked one would be counted too.
  const linkedCss = assets && gzipOfUrls(assets.styles);
  const css = linkedCss && { ...linkedCss, kb: round(linkedCss.kb + m.inlineStyleGzipBytes(join(DIST, 'index.html')) / m.KB) };
  const precache = await attempt('precache', measurePrecache, errors);
  const pdf = await attempt('pdf worker', measurePdfWorker, errors);
  const cold = await attempt('cold load', () => measureColdLoads(browser), errors);
  const offline = await attempt('offline', () => measureOffline(browser), errors);
  const health = offline?.health.times;
  const searched = await attempt('catalog search', () => measureSearch(ROOT, m.percentile), errors);
  const kb = await attempt('knowledge-base search', () => measureKbSearch(ROOT, m.percentile), errors);
  const autosave = await attempt(
    'autosave',
    async () => {
      const context = await m.newContext(browser);
      try {
        const page = await m.controlledPage(context, `${ORIGIN}/settings/storage`);
        await page.getByRole('cell').first().waitFor(); // the page has opened «okno»
        return await measureAutosave(page);
      } finally {
        await context.close();
      }
    },
    errors,
  );
  const workerCheck = await attempt(
    'worker check',
    async () => {
      const context = await m.newContext(browser);
      try {
        return await measureWorkerCheck(await m.controlledPage(context, `${ORIGIN}/demo`), ROOT);
      } finally {
        await context.close();
      }
    },
    errors,
  );

  const vault = await attempt('vault', () => measureVaultOnOrigin(browser), errors);
  const lifecycle = await attempt('lifecycle', () => measureLifecycle(ROOT), errors);
  const history = await attempt('history render', () => measureHistoryOnOrigin(browser), errors);
  const certificate = await attempt('certificate pdf', () => measureCertificatePdf(ROOT), errors);
  const receipts = await attempt('receipts', () => measureReceipts(ROOT), errors);
  const offices = await attempt('offices', () => measureOffices(ROOT), errors);
  const appealsSearch = await attempt('appeals search', () => measureAppealsSearch(ROOT), errors);
  const bookingsFirstRow = await attempt('bookings first row', () => measureBookingsOnOrigin(browser), errors);
  const appealsFirstRow = await attempt(
    'appeals first row',
    async () => {
      const context = await m.newContext(browser);
      try {
        return await measureAppealsFirstRow(ROOT, await m.controlledPage(context, `${ORIGIN}/`), ORIGIN);
      } finally {
        await context.close();
      }
    },
    errors,
  );

  const metrics = [
    ['firstRouteJsGzipKB', 'JS before first interaction on / (gzip)', 'KB', js?.kb],
    ['cssGzipKB', 'CSS on / (gzip, inline and linked)', 'KB', css?.kb],
    ['precacheKB', 'precache total (raw)', 'KB', precache?.kb],
    ['firstInstallKB', 'first install before the backend answers (raw)', 'KB', precache?.firstInstallKb],
    ['pdfWorkerGzipKB', 'PDF worker + its imports (gzip)', 'KB', pdf?.kb],
    ['coldLoadMs', `cold load of / (median of ${RUNS})`, 'ms', cold && round(m.median(cold), 0)],
    ['offlineLoadMs', `offline reload of / (median of ${RUNS})`, 'ms', offline && round(m.median(offline.loads), 0)],
    ['healthRoundTripMs', `/api/health via SW, median of ${HEALTH_CALLS}`, 'ms', health && round(m.median(health), 2)],
    ['healthRoundTripP95Ms', `/api/health via SW, p95 of ${HEALTH_CALLS}`, 'ms', health && round(m.percentile(health, 95), 2)],
    ['searchMedianMs', `catalog search, median (${searched?.services ?? '?'} services)`, 'ms', searched && round(searched.median, 3)],
    ['searchP95Ms', 'catalog search, p95', 'ms', searched && round(searched.p95, 3)],
    ['kbSearchP95Ms', `knowledge-base search, p95 (${kb?.articles ?? '?'} articles, recall-set queries)`, 'ms', kb && round(kb.p95, 3)],
    ['kbIndexBuildMs', 'knowledge-base index build (first use)', 'ms', kb && round(kb.buildMs, 1)],
    ['autosaveP95Ms', 'draft autosave to complete, p95 (10k drafts + 10k applications)', 'ms', autosave && round(autosave.p95, 2)],
    ...vaultMetrics(vault),
    [
      'workerCheckMs',
      `validation worker: check of ${FILE_COUNT} files of 5 MB, in turn (median of ${ROUNDS})`,
      'ms',
      workerCheck && round(workerCheck.totalMs, 0),
    ],
    [
      'workerCheckLongTaskMs',
      'longest main-thread task during that check (0: none over 50 ms)',
      'ms',
      workerCheck && round(workerCheck.longestTaskMs, 0),
    ],
    ['lifecycleMs', `case states of ${CASE_COUNT} cases after a 30-day jump`, 'ms', lifecycle && round(lifecycle.totalMs, 0)],
    ...historyMetrics(history),
    ['certificatePdfColdMs', 'certificate PDF, first render (Node)', 'ms', certificate && round(certificate.coldMs, 0)],
    ['certificatePdfWarmMs', 'certificate PDF, warm render, median', 'ms', certificate && round(certificate.warmMedianMs, 0)],
    ['certificatePdfKB', 'certificate PDF size', 'KB', certificate && round(certificate.sizeKB, 1)],
    ['receiptsFirstRenderMs', `«Мои платежи» first render with ${RECEIPT_COUNT} receipts (Node)`, 'ms', receipts && round(receipts.firstRenderMs, 1)],
    ['receiptsFilterMs', 'receipts filter change, median', 'ms', receipts && round(receipts.filterMedianMs, 2)],
    ['receiptPdfWarmMs', 'receipt PDF, warm render, median', 'ms', receipts && round(receipts.pdfWarmMedianMs, 0)],
    ['receiptPdfKB', 'receipt PDF size', 'KB', receipts && round(receipts.pdfSizeKB, 1)],
    ...lighthouseMetrics(lighthouse),
    ['slotsMonthMs', `free slots of the 30-day window for ${OFFICE_COUNT} offices, median (Node)`, 'ms', offices && round(offices.slotsMonthMs, 1)],
    [
      'bookingsFormatMs',
      `«Мои записи» sort and format of the first rows with ${BOOKING_COUNT} bookings (Node)`,
      'ms',
      offices && round(offices.bookingsFirstRowMs, 1),
    ],
    ...bookingsMetrics(bookingsFirstRow),
    ['appealsFirstRowMs', `«Мои обращения» first row with ${APPEAL_COUNT} appeals on the device`, 'ms', appealsFirstRow && round(appealsFirstRow, 0)],
    ['appealsIndexMs', `appeal search index of ${APPEAL_COUNT} appeals (Node)`, 'ms', appealsSearch && round(appealsSearch.indexMs, 1)],
    [
      'appealsSearchMedianMs',
      `appeal search over ${APPEAL_COUNT} appeals, median (Node)`,
      'ms',
      appealsSearch && round(appealsSearch.searchMedianMs, 2),
    ],
    ['appealsSearchP95Ms', 'appeal search, p95', 'ms', appealsSearch && round(appealsSearch.searchP95Ms, 2)],
  ].map(([id, label, unit, value]) => ({ id, label, unit, value: value ?? null }));

  if (offline?.health.bad.length) errors.push(`/api/health: ${offline.health.bad.length} bad responses, e.g. ${offline.health.bad[0]}`);
  if (precache?.missing.length) errors.push(`precache: ${precache.missing.length} entries not in dist: ${precache.missing.join(', ')}`);
  for (const u of [...(js?.unmapped ?? []), ...(css?.unmapped ?? [])]) errors.push(`first route: no dist file for ${u}`);

  const details = {
    firstRouteScripts: js?.files,
    firstRouteStyles: css?.files,
    precacheEntries: precache?.entries,
    pdfWorkerFiles: pdf?.files,
    coldLoadsMs: cold,
    offlineLoadsMs: offline?.loads,
    workerCheckPerFileMs: workerCheck?.perFile.map((ms) => round(ms, 0)),
    workerCheckRoundsMs: workerCheck?.roundsMs.map((ms) => round(ms, 0)),
    workerCheckLongTasks: workerCheck?.longTasks,
    workerCheckLongestFrameGapMs: workerCheck && round(workerCheck.frameGapMs, 0),
    lighthouse,
  };
  return { metrics, details, errors };
}

/**
 * Adds budget and status to each metric: OK, OVER, FAILED (not measured) or '-' (no budget). A budget
 * whose id ends in «Min» is a floor (Lighthouse scores), every other one a ceiling.
 */
function applyBudgets(metrics, budgets) {
  return metrics.map((metric) => {
    const budget = budgets[metric.id] ?? null;
    let status = '-';
    if (metric.value === null) status = 'FAILED';
    else if (budget !== null) status = (metric.id.endsWith('Min') ? metric.value >= budget : metric.value <= budget) ? 'OK' : 'OVER';
    return { ...metric, budget, status };
  });
}

function printReport(results, errors) {
  const rows = results.map((r) => [
    r.label,
    r.value === null ? 'n/a' : `${r.value} ${r.unit}`,
    r.budget === null ? '-' : `${r.id.endsWith('Min') ? '≥ ' : ''}${r.budget} ${r.unit}`,
    r.status,
  ]);
  const head = ['metric', 'value', 'budget', 'status'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  console.log(`\n${line(head)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of rows) console.log(line(row));
  for (const e of errors) console.log(`warning: ${e}`);
  const over = results.filter((r) => r.status === 'OVER').length;
  const failed = results.filter((r) => r.status === 'FAILED').length;
  const parts = [over && `${over} over budget`, failed && `${failed} not measured`].filter(Boolean);
  console.log(parts.length ? `bench: ${parts.join(', ')}` : 'bench: all within budget');
  return { over, failed };
}

async function main() {
  if (!existsSync(join(DIST, 'index.html')) || !existsSync(join(DIST, 'sw.js'))) {
    throw new Error(`${DIST} has no index.html or sw.js: run \`npm run build\` first`);
  }
  const budgets = JSON.parse(readFileSync(join(ROOT, 'test/bench/budgets.json'), 'utf8'));
  const server = await preview({ root: ROOT, logLevel: 'warn', preview: { port: PORT, strictPort: true, host: '127.0.0.1' } });
  const browser = await chromium
    .launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
    })
    .catch(async (err) => {
      await server.close();
      throw err;
    });
  let measured;
  try {
    measured = await measureAll(browser);
  } finally {
    await browser.close();
    await server.close();
  }
  const results = applyBudgets(measured.metrics, budgets);
  const summary = printReport(results, measured.errors);
  const out = join(ROOT, 'test-results', 'bench.json');
  mkdirSync(dirname(out), { recursive: true });
  const report = { date: new Date().toISOString(), origin: ORIGIN, ...summary, metrics: results, errors: measured.errors, details: measured.details };
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`written ${relative(ROOT, out)}`);
}

main().catch((err) => {
  console.error(`bench crashed: ${err.stack ?? err}`);
  process.exit(1);
});

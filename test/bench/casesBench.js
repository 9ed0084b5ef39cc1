// Bench measurements of the case lifecycle: the pure engine settling 10,000 cases after a 30-day clock
// jump (in Node through Vite, the same module the service worker runs), and «Мои заявления» first
// rendered in Chromium for a citizen with 10,000 applications in «okno-server».
import { createServer } from 'vite';

export const CASE_COUNT = 10_000;
const DAY = 86_400_000;
const SCENARIOS = ['happy', 'documents_requested', 'slow', 'technical_failure', 'rejected', 'manual'];
const WAYS = ['electronic', 'post', 'office'];

/** ms to compute the state of 10,000 varied cases 30 days after they were sent. */
export async function measureLifecycle(root) {
  const vite = await createServer({ root, logLevel: 'error', server: { middlewareMode: true }, appType: 'custom' });
  try {
    const { computeCase } = await vite.ssrLoadModule('/src/domain/lifecycle/computeCase.ts');
    const start = Date.parse('2026-10-30T15:30:00.000Z');
    const inputs = Array.from({ length: CASE_COUNT }, (_, i) => ({
      id: `case-${i}`,
      number: `2026-BNCH-${i}`,
      submittedAt: start + (i % 500) * 3_600_000,
      scenario: SCENARIOS[i % SCENARIOS.length],
      rejectReason: 'data_mismatch',
      seed: `bench:${i}`,
      termDays: { min: i % 3, max: 3 + (i % 8) },
      resultWay: WAYS[i % WAYS.length],
      documentSlots: ['passport', 'snils'],
      validityMonths: 1,
    }));
    for (const input of inputs.slice(0, 200)) computeCase(input, [], start + 30 * DAY);
    const t0 = performance.now();
    for (const input of inputs) computeCase(input, [], start + 30 * DAY);
    return { totalMs: performance.now() - t0 };
  } finally {
    await vite.close();
  }
}

/**
 * ms from navigation start to the first row of «Мои заявления» with 10,000 applications. The citizen and
 * the cases come from QA's «ten-thousand-applications» world (src/server/manyCases.ts, written in bulk).
 */
export async function measureHistoryRender(page, origin) {
  const token = await page.evaluate(async () => {
    const post = async (path, body) =>
      (await fetch(`/api${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })).json();
    const world = await post('/_sim/worlds/ten-thousand-applications', {});
    if (world.applications !== 10_000) throw new Error(`the world answered ${JSON.stringify(world)}`);
    const login = await post('/auth/login', { login: world.phone, password: world.password });
    return login.grant.token;
  });
  await page.evaluate((value) => sessionStorage.setItem('okno.session', value), token);
  // First visit: the change feed copies the 10,000 applications to the device (not measured).
  await page.goto(`${origin}/applications`, { waitUntil: 'commit' });
  await page.locator(`.case-row[aria-setsize="${CASE_COUNT}"]`).first().waitFor({ timeout: 120_000 });
  // Measured: a navigation that reads them from the device's mirror.
  await page.goto(`${origin}/applications`, { waitUntil: 'commit' });
  await page.locator('.case-row').first().waitFor({ timeout: 60_000 });
  const loadMs = await page.evaluate(() => performance.now());
  return { loadMs, ...(await measureHistoryInApp(page)) };
}

/**
 * In the app, as a person uses it (issue 11's budgets): the header link from «Профиль» to the first row of
 * «Мои заявления» (median of 5), a status filter to the list showing its result (median of 5), and the
 * longest main-thread task meanwhile. Each time runs from the input event to the frame after the change.
 * The long-task count stops before the throttled part (a 4× slower CPU makes every task 4× longer).
 */
async function measureHistoryInApp(page) {
  await page.evaluate(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
    }).observe({ type: 'longtask' });
  });
  /** Arms a timer that starts at the next click or change and stops at the frame after `done()` holds. */
  const arm = (event, selector, text) =>
    page.evaluate(
      ({ event, selector, text }) => {
        window.__took = new Promise((resolve) => {
          let start = 0;
          const target = () => document.querySelector(selector);
          const done = () => (text === null ? target() !== null : target()?.textContent !== text);
          const observer = new MutationObserver(() => {
            if (!start || !done()) return;
            observer.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - start));
          });
          document.addEventListener(event, () => (start = performance.now()), { capture: true, once: true });
          observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        });
      },
      { event, selector, text },
    );
  const navigation = [];
  const filter = [];
  for (let i = 0; i < 5; i++) {
    await page.getByRole('link', { name: 'Профиль', exact: true }).first().click();
    await page.locator('.case-row').first().waitFor({ state: 'detached' });
    await arm('click', '.case-row', null);
    await page.getByRole('link', { name: 'Мои заявления', exact: true }).first().click();
    navigation.push(await page.evaluate(() => window.__took));
    const found = page.locator('.filters [role="status"]');
    const before = await found.textContent();
    await arm('change', '.filters [role="status"]', before);
    await page.getByLabel('Статус').selectOption({ index: 1 + (i % 5) });
    filter.push(await page.evaluate(() => window.__took));
  }
  // At 4× CPU throttling (a mid-range phone), the longest interaction as Event Timing reports it (input
  // delay, handlers and the next paint: what INP is made of), over three filter changes and a visit.
  const longest = await page.evaluate(() => window.__longest);
  const cdp = await page.context().newCDPSession(page);
  await page.evaluate(() => {
    window.__slowest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (!entry.interactionId || entry.duration <= window.__slowest) continue;
        window.__slowest = entry.duration;
        const target = entry.target;
        window.__slowestWhat = `${entry.name} on ${target?.tagName.toLowerCase() ?? '?'} «${(target?.getAttribute('aria-label') ?? target?.textContent ?? '').trim().slice(0, 30)}»`;
      }
    }).observe({ type: 'event', durationThreshold: 16 });
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  try {
    for (let i = 0; i < 3; i++) {
      await page.getByLabel('Статус').selectOption({ index: 2 + i });
      await page.locator('.filters [role="status"]').filter({ hasNotText: /^$/ }).waitFor();
    }
    await page.getByRole('link', { name: 'Профиль', exact: true }).first().click();
    await page.getByRole('link', { name: 'Мои заявления', exact: true }).first().click();
    await page.locator('.case-row').first().waitFor();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const slowest = await page.evaluate(() => window.__slowest);
  const slowestWhat = await page.evaluate(() => window.__slowestWhat ?? '');
  return {
    navigationMs: median(navigation),
    filterMs: median(filter),
    longestTaskMs: longest,
    throttledInteractionMs: slowest,
    slowestInteraction: slowestWhat,
  };
}

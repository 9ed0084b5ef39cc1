// Bench measurements of the case lifecycle: the pure engine settling 10,000 cases after a 30-day clock
// jump (in Node through Vite, the same module the service worker runs), and «Мои заявления» first
// rendered in Chromium for a citizen with 10,000 applications in «okno-server».
import * as m from './measure.js';
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
 * ms from navigation start to the first row of «Мои заявления» with 10,000 applications. The citizen
 * signs up through the API; the cases are written straight into «okno-server» (bench set-up only).
 */
export async function measureHistoryRender(page, origin) {
  const { token, id } = await m.signUpInPage(page, '+79990001122');
  await page.evaluate(async ({ count, accountId }) => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('okno-server');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const statuses = ['sent', 'accepted', 'in_processing', 'documents_requested', 'ready', 'issued', 'rejected'];
    // The change log too (as the handlers record it), so the feed fills the device's mirror.
    const tx = db.transaction(['cases', 'changes'], 'readwrite');
    const now = Date.now();
    for (let i = 0; i < count; i++) {
      const at = now - i * 3_600_000;
      const status = statuses[i % statuses.length];
      tx.objectStore('cases').put({
        id: `bench-${i}`, accountId, draftId: `draft-${i}`, number: `2026-BNCH-${i}`,
        serviceId: 'residence-certificate', answers: { surname: 'Тестова' }, resultWay: 'electronic', submittedAt: at,
        scenario: 'manual', seed: `b${i}`, validityMonths: 1, events: [], status, updatedAt: at,
        timeline: [{ at, status }], state: { tracking: [], requests: [] },
      });
      tx.objectStore('changes').add({ at, entity: 'case', id: `bench-${i}`, op: 'put', accountId });
    }
    await new Promise((resolve, reject) => ((tx.oncomplete = resolve), (tx.onerror = () => reject(tx.error))));
    db.close();
  }, { count: CASE_COUNT, accountId: id });
  await page.evaluate((value) => sessionStorage.setItem('okno.session', value), token);
  // First visit: the change feed copies the 10,000 applications to the device (not measured).
  await page.goto(`${origin}/applications`, { waitUntil: 'commit' });
  await page.locator(`.case-row[aria-setsize="${CASE_COUNT}"]`).first().waitFor({ timeout: 120_000 });
  // Measured: a navigation that reads them from the device's mirror.
  await page.goto(`${origin}/applications`, { waitUntil: 'commit' });
  await page.locator('.case-row').first().waitFor({ timeout: 60_000 });
  return page.evaluate(() => performance.now());
}

// Bench of «Мои обращения» with 5,000 appeals. Search: indexing the list and ranked, typo- and
// word-form-tolerant queries, in Node through Vite with the real modules (what the page runs on each
// keystroke). First row: Chromium, a signed-in citizen whose device mirror holds 5,000 appeals, from
// navigation start to the first row of the table (reading the mirror, checking each row, ranking).
// Prints numbers only; run alone: node test/bench/appealsBench.js
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import * as m from './measure.js';

export const APPEAL_COUNT = 5_000;
const QUERIES = ['справка', 'квитанцией', 'пошлинны', 'запись врачу', 'отказ документов', '100', 'паспорт загран', 'клиентской службы'];
const RUNS = 10;

/** {indexMs, searchMedianMs, searchP95Ms, appeals} over the sample. */
export async function measureAppealsSearch(root) {
  const vite = await createServer({ root, logLevel: 'error', server: { middlewareMode: true }, appType: 'custom' });
  try {
    const { indexAppeals, searchAppeals } = await vite.ssrLoadModule('/src/domain/appeals/search.ts');
    const { sampleAppeals } = await vite.ssrLoadModule('/test/fixtures/appealSamples.ts');
    const appeals = sampleAppeals(APPEAL_COUNT);
    const i0 = performance.now();
    const index = indexAppeals(appeals);
    const indexMs = performance.now() - i0;
    const times = [];
    for (let run = 0; run < RUNS; run++) {
      for (const query of QUERIES) {
        const t0 = performance.now();
        searchAppeals(index, query);
        times.push(performance.now() - t0);
      }
    }
    return { indexMs, searchMedianMs: m.median(times), searchP95Ms: m.percentile(times, 95), appeals: appeals.length };
  } finally {
    await vite.close();
  }
}

/** ms from navigation start to the first row of «Мои обращения» read from a mirror of 5,000 appeals. */
export async function measureAppealsFirstRow(root, page, origin) {
  const vite = await createServer({ root, logLevel: 'error', server: { middlewareMode: true }, appType: 'custom' });
  let appeals;
  try {
    appeals = (await vite.ssrLoadModule('/test/fixtures/appealSamples.ts')).sampleAppeals(APPEAL_COUNT);
  } finally {
    await vite.close();
  }
  const { token, id } = await m.signUpInPage(page, '+79990003344');
  await page.evaluate((value) => sessionStorage.setItem('okno.session', value), token);
  // The app opens its own database «okno» at its current version; then the mirror rows are written as
  // the change feed writes them.
  await page.goto(`${origin}/appeals`, { waitUntil: 'commit' });
  await page.getByRole('link', { name: 'Создать обращение' }).waitFor({ timeout: 60_000 });
  await page.evaluate(
    async ({ appeals, accountId }) => {
      const db = await new Promise((resolve, reject) => {
        const request = indexedDB.open('okno');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction('appeals', 'readwrite');
      for (const appeal of appeals)
        tx.objectStore('appeals').put({ id: appeal.id, accountId, status: appeal.status, updatedAt: appeal.updatedAt, data: appeal });
      await new Promise((resolve, reject) => ((tx.oncomplete = resolve), (tx.onerror = () => reject(tx.error))));
      db.close();
    },
    { appeals, accountId: id },
  );
  await page.goto(`${origin}/appeals`, { waitUntil: 'commit' });
  await page.locator('.appeals-table tbody tr').first().waitFor({ timeout: 60_000 });
  return page.evaluate(() => performance.now());
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const result = await measureAppealsSearch(root);
  for (const [key, value] of Object.entries(result)) console.log(`${key.padEnd(16)} ${value.toFixed(2)}`);
}

// «Мои записи» in Chromium with 1,000 bookings in the device's mirror (issue 14.7: first row in ≤ 100 ms).
// The bookings are written into «okno» as the change feed writes them (like the appeals bench), then the
// page is timed twice: a full page load (navigation start to the first row: app start included) and, the
// figure the budget holds, the header link from «Профиль» to the first row, as a person moves in the app.
import { createServer } from 'vite';
import * as m from './measure.js';

export const BOOKING_PAGE_COUNT = 1_000;
const RUNS = 5;

/** Writes the sample bookings into the account's mirror table «bookings» of «okno». */
async function seedMirror(page, bookings, accountId) {
  await page.evaluate(
    async ({ bookings, accountId }) => {
      const db = await new Promise((resolve, reject) => {
        const request = indexedDB.open('okno');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction('bookings', 'readwrite');
      for (const b of bookings)
        tx.objectStore('bookings').put({ id: b.id, accountId, status: b.status, updatedAt: b.updatedAt, startsAt: b.startsAt, data: b });
      await new Promise((resolve, reject) => ((tx.oncomplete = resolve), (tx.onerror = () => reject(tx.error))));
      db.close();
    },
    { bookings, accountId },
  );
}

/** { loadMs, navigationMs }: median ms to the first booking row, by page load and by the header link. */
export async function measureBookingsFirstRow(root, page, origin) {
  const vite = await createServer({ root, logLevel: 'error', server: { middlewareMode: true }, appType: 'custom' });
  let bookings;
  try {
    bookings = (await vite.ssrLoadModule('/src/features/offices/bookingsQuery.ts')).sampleBookings(BOOKING_PAGE_COUNT, Date.now());
  } finally {
    await vite.close();
  }
  const { token, id } = await m.signUpInPage(page, '+79990004455');
  await page.evaluate((value) => sessionStorage.setItem('okno.session', value), token);
  // The app opens «okno» at its current version first; then the mirror rows are written.
  await page.goto(`${origin}/bookings`, { waitUntil: 'commit' });
  await page.getByRole('link', { name: 'Найти офис и записаться' }).waitFor({ timeout: 60_000 });
  await seedMirror(page, bookings, id);
  const rows = page.locator('.booking-row');
  const loads = [];
  for (let i = 0; i < 3; i++) {
    await page.goto(`${origin}/bookings`, { waitUntil: 'commit' });
    await rows.first().waitFor({ timeout: 60_000 });
    loads.push(await page.evaluate(() => performance.now()));
  }
  if ((await page.getByRole('button', { name: /^Показать ещё/ }).count()) === 0) throw new Error('the seeded bookings did not fill a page');
  const navigations = [];
  for (let i = 0; i < RUNS; i++) {
    await page.getByRole('link', { name: 'Профиль', exact: true }).first().click();
    await rows.first().waitFor({ state: 'detached' });
    // From the click on «Мои записи» to the frame after the first row is in the document.
    await page.evaluate(() => {
      window.__took = new Promise((resolve) => {
        let start = 0;
        const observer = new MutationObserver(() => {
          if (!start || !document.querySelector('.booking-row')) return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - start));
        });
        document.addEventListener('click', () => (start = performance.now()), { capture: true, once: true });
        observer.observe(document.body, { childList: true, subtree: true });
      });
    });
    await page.getByRole('link', { name: 'Мои записи', exact: true }).first().click();
    navigations.push(await page.evaluate(() => window.__took));
  }
  return { loadMs: m.median(loads), navigationMs: m.median(navigations), navigationsMs: navigations };
}

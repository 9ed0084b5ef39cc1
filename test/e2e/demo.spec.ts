import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { api, expectHeading, openApp, waitUntilSavedOffline } from './pages/app';
import * as demo from './pages/demo';
import { signUpCitizen } from './pages/profile';

const DAY_MS = 86_400_000;
const fixture = (name: string) => new URL(`../fixtures/files/${name}`, import.meta.url).pathname;

async function simNow(page: Page): Promise<number> {
  return (await api<{ nowMs: number }>(page, 'GET', '/api/_sim/clock')).body.nowMs;
}

test('the demo page shows the simulated clock and moves it forward', async ({ page }) => {
  await demo.open(page);
  await demo.setSpeed(page, 'пауза');
  await expect(demo.clockStatus(page)).toBeVisible();
  const before = await simNow(page);
  await demo.jump(page, '+1 день');
  await expect.poll(() => simNow(page)).toBe(before + DAY_MS);
  const shown = await demo.simNow(page).textContent();
  expect(shown).toBe(new Intl.DateTimeFormat('ru-RU', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Moscow' }).format(before + DAY_MS));

  await demo.setTime(page, '2027-01-11T09:30');
  await expect(demo.simNow(page)).toHaveText('11 января 2027 г. в 09:30');
  expect(new Date(await simNow(page)).toISOString()).toBe('2027-01-11T06:30:00.000Z');
});

test('fault settings: a wrong number is named and kept, an outage stops the backend', async ({ page }) => {
  await demo.open(page);
  const latency = demo.latencyField(page);
  await demo.applyFaults(page, { latencyMs: '9000000' });
  await expect(page.getByText('Введите целое число миллисекунд от 0 до 30 000.')).toBeVisible();
  await expect(latency).toHaveAttribute('aria-invalid', 'true');
  await expect(latency).toBeFocused();
  await expect(latency).toHaveValue('9000000');

  await demo.applyFaults(page, { latencyMs: '0', outage: true });
  await expect(page.getByText('Настройки сбоев применены.')).toBeVisible();
  const health = await api<{ error: { code: string } }>(page, 'GET', '/api/health');
  expect(health).toEqual({ status: 503, body: { error: expect.objectContaining({ code: 'outage' }) } });

  await page.reload();
  await expect(page.getByText('Ведомственные системы сейчас недоступны')).toBeVisible();
  await expect(demo.outageBox(page)).toBeChecked();
  await demo.applyFaults(page, { outage: false });
  await expect(page.getByText('Настройки сбоев применены.')).toBeVisible();
  expect((await api(page, 'GET', '/api/health')).status).toBe(200);
});

/** Raw IndexedDB access in the page, standing in for a feature that wrote a draft. */
async function installDraftHelpers(page: Page) {
  await page.addInitScript(() => {
    const withStore = <T>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        const open = indexedDB.open('okno');
        // Never create the app's database here: until the app has opened it, this fails and is retried.
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          try {
            const request = run(open.result.transaction('drafts', mode).objectStore('drafts'));
            request.onsuccess = () => {
              open.result.close();
              resolve(request.result);
            };
            request.onerror = () => reject(request.error);
          } catch (error) {
            open.result.close();
            reject(error);
          }
        };
      });
    Object.assign(window, {
      storeDraft: () => withStore('readwrite', (s) => s.put({ id: 'd1', accountId: 'local', serviceId: 'x', step: 1, answers: {}, updatedAt: 1 })),
      countDrafts: () => withStore('readonly', (s) => s.count()),
    });
  });
}
declare function storeDraft(): Promise<void>;
declare function countDrafts(): Promise<number>;

test('reset asks first, then wipes the device and the simulated departments', async ({ page }) => {
  await installDraftHelpers(page);
  // Signed in, the app opens its database «okno» (a visitor's page does not need it).
  await signUpCitizen(page, '/demo');
  await api(page, 'POST', '/api/_sim/faults', { latencyMs: 40 });
  await expect
    .poll(
      () =>
        page.evaluate(() =>
          storeDraft().then(
            () => true,
            () => false,
          ),
        ),
      { timeout: 15_000 },
    )
    .toBe(true);
  await demo.resetAll(page, { confirm: false });
  await expect(demo.resetDialog(page)).toBeHidden();
  expect((await api<{ latencyMs: number }>(page, 'GET', '/api/_sim/faults')).body.latencyMs).toBe(40);
  expect(await page.evaluate(() => countDrafts())).toBe(1);

  await demo.resetAll(page);
  await expect(page.getByText('Все данные удалены.')).toBeVisible();
  expect((await api<{ latencyMs: number }>(page, 'GET', '/api/_sim/faults')).body.latencyMs).toBe(0);
  expect(await page.evaluate(() => countDrafts())).toBe(0);
});

test('the PDF worker renders a real PDF with Cyrillic text', async ({ page }) => {
  await demo.open(page);
  await demo.makeTestPdf(page);
  const bytes = readFileSync(await demo.downloadTestPdf(page));
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const pdf = await PDFDocument.load(bytes);
  expect(pdf.getPageCount()).toBe(1);
  expect(pdf.getTitle()).toBe('Проверка печати документов');
});

test('the validation worker refuses a spoofed file and accepts a real one', async ({ page }) => {
  await demo.open(page);
  await demo.checkFile(page, fixture('spoofed-exe.pdf'));
  await expect(page.getByText('Файл «spoofed-exe.pdf» не является PDF, JPG или PNG')).toBeVisible();
  await demo.checkFile(page, fixture('sample.png'));
  await expect(page.getByText('Файл «sample.png» подходит: это PNG')).toBeVisible();
  await demo.checkFile(page, fixture('encrypted.pdf'));
  await expect(page.getByText('PDF-файл «encrypted.pdf» защищён паролем')).toBeVisible();
  await demo.checkFile(page, fixture('no-pages.pdf'));
  await expect(page.getByText('В PDF-файле «no-pages.pdf» нет ни одной страницы')).toBeVisible();
  await demo.checkFile(page, { name: 'scan.pdf', mimeType: 'application/pdf', buffer: readFileSync(fixture('sample.jpg')) });
  await expect(page.getByText('Название «scan.pdf» говорит, что это PDF, а на деле это JPEG.')).toBeVisible();
});

test('a worker that cannot start says so, and the next try starts it again', async ({ page, context }) => {
  await demo.open(page);
  await waitUntilSavedOffline(page);
  // Evict the PDF worker from the precache and go offline: the worker script cannot load.
  await page.evaluate(async () => {
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) if (/pdf\.worker/.test(request.url)) await cache.delete(request);
    }
  });
  await context.setOffline(true);
  await demo.makeTestPdf(page);
  await expect(page.getByText('Фоновый обработчик остановился. Нажмите ещё раз — он перезапустится.')).toBeVisible();
  await context.setOffline(false);
  await demo.makeTestPdf(page);
  await expect(page.getByText(/PDF готов/)).toBeVisible();
});

test('the storage page shows the persistence state and the space used', async ({ page }) => {
  await openApp(page, '/settings/storage');
  await expectHeading(page, 'Хранилище');
  await expect(page.getByText(/Постоянное хранение (включено|не включено)/)).toBeVisible();
  await expect(page.getByText('Занято')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Черновики' })).toBeVisible();
});

import { expect, test } from '@playwright/test';
import { api, expectHeading, openApp, waitUntilSavedOffline } from './pages/app';

test('the service worker takes control on the first visit and answers /api/health itself', async ({ page }) => {
  await openApp(page);
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/sw\.js$/);
  const [response, body] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/health')),
    page.evaluate(() => fetch('/api/health').then((r) => r.json())),
  ]);
  expect(response.fromServiceWorker()).toBe(true);
  // The preview server has no /api at all: only the service worker can have answered this.
  expect(body).toMatchObject({ status: 'ok', server: 'okno-server' });
});

test('offline: the app reloads, deep links open, and the mock backend still answers', async ({ page, context }) => {
  await openApp(page);
  await waitUntilSavedOffline(page);
  await context.setOffline(true);
  await page.reload();
  await expectHeading(page, 'Государственные услуги в одном окне');
  await expect(page.getByRole('status').filter({ hasText: 'Нет сети — работаем офлайн' })).toBeVisible();

  for (const [path, heading] of [
    ['/demo', 'Демо-стенд'],
    ['/settings/storage', 'Хранилище'],
    ['/catalog', 'Каталог услуг'],
    ['/help', 'Помощь'],
  ] as const) {
    const response = await page.goto(path);
    await expectHeading(page, heading);
    // Public pages come prerendered from the device's copy (fetched after the first install), not as the frame.
    if (path === '/catalog' || path === '/help') expect(await response?.text()).toContain(`<h1`);
  }
  // The help centre replaced its fixed «Без интернета» section with a knowledge base that ships with
  // the page: searching it and opening the offline article must work without a network.
  const offlineArticle = 'Как установить Окно и работать без интернета';
  await page.getByRole('searchbox', { name: 'Поиск по базе знаний' }).fill('без интернета');
  await expect(page.getByRole('heading', { level: 2, name: offlineArticle })).toBeVisible();
  await page.getByRole('link', { name: `Открыть статью «${offlineArticle}»` }).click();
  await expectHeading(page, offlineArticle);
  await expect(page.getByText('Без сети вверху видно «Нет сети — работаем офлайн».')).toBeVisible();
  expect((await api(page, 'GET', '/api/health')).status).toBe(200);

  // Lazy chunks load from the precache: a client-side visit to a page never opened online.
  await page.goto('/');
  await page.getByRole('link', { name: 'Демо-стенд' }).first().click();
  await expectHeading(page, 'Демо-стенд');
  await expect(page.getByText('Ведомственные системы отвечают')).toBeVisible();
});

test('offline: the PDF worker and its font come from the precache', async ({ page, context }) => {
  await openApp(page, '/demo');
  await waitUntilSavedOffline(page);
  await context.setOffline(true);
  await page.reload();
  await page.getByRole('button', { name: 'Сформировать тестовый PDF' }).click();
  await expect(page.getByText(/PDF готов/)).toBeVisible();
});

test('stopping the service worker loses nothing: settings live in okno-server', async ({ page, context }) => {
  await openApp(page);
  await api(page, 'POST', '/api/_sim/faults', { latencyMs: 25 });
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  // Asked from a page opened after the stop: this Chromium closes the page the stop was sent through in
  // about 1 run of 8 (its 'close' event, no crash; seen before and after issue 15's changes alike).
  const next = await context.newPage();
  await openApp(next, '/help');
  const faults = await api<{ latencyMs: number }>(next, 'GET', '/api/_sim/faults');
  expect(faults.body.latencyMs).toBe(25);
});

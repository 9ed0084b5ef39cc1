import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { startStaticServer, type SwappableServer } from './support/staticServer';
import { waitUntilSavedOffline } from './pages/app';

const ROOT = resolve(import.meta.dirname, '../..');
const CURRENT = resolve(ROOT, 'dist');
const NEXT = resolve(ROOT, 'dist-next');

let server: SwappableServer;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  if (!existsSync(resolve(CURRENT, 'sw.js'))) throw new Error('Build the app first: npm run build');
  // A second deployment of the same code with another build id: a new service worker and new chunks.
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], {
    cwd: ROOT,
    env: { ...process.env, OKNO_BUILD_ID: `e2e-next-${Date.now()}`, OKNO_OUT_DIR: 'dist-next' },
    stdio: 'inherit',
  });
  server = await startStaticServer(CURRENT);
});

test.afterAll(async () => {
  await server?.close();
});

test('a new version waits for the user, old chunks keep loading, and the update applies on request in every tab', async ({ page, context }) => {
  await page.goto(server.url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  // The old version is wholly on the device (its lazy pages come after the first install): only then can
  // it keep opening them once the server has only the new build's files.
  await waitUntilSavedOffline(page);
  const oldBuild = await page.locator('[data-build]').getAttribute('data-build');
  await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'same page'));

  server.setRoot(NEXT);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  await expect(page.getByText('Доступна новая версия — обновить')).toBeVisible({ timeout: 20_000 });

  // Nothing reloaded by itself, and a lazy page of the old build still opens from the precache
  // even though the server now only has the new build's files.
  expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('same page');
  await page.getByRole('link', { name: 'Помощь' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Помощь' })).toBeVisible();
  expect(await page.locator('[data-build]').getAttribute('data-build')).toBe(oldBuild);

  // A second tab of the old version is offered the same update.
  const other = await context.newPage();
  await other.goto(`${server.url}/catalog`);
  await expect(other.getByText('Доступна новая версия — обновить')).toBeVisible({ timeout: 20_000 });

  await page.getByRole('button', { name: 'Обновить' }).click();
  await expect.poll(() => page.locator('[data-build]').getAttribute('data-build'), { timeout: 15_000 }).toMatch(/^e2e-next-/);
  // Accepted in one tab, the other reloads into the new version too: no stale offer, no dead button.
  await expect.poll(() => other.locator('[data-build]').getAttribute('data-build'), { timeout: 15_000 }).toMatch(/^e2e-next-/);
  await expect(other.getByText('Доступна новая версия — обновить')).toBeHidden();
  await expect(other.getByRole('heading', { level: 1, name: 'Каталог услуг' })).toBeVisible();
  await expect(page.getByText('Доступна новая версия — обновить')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Помощь' })).toBeVisible();
});

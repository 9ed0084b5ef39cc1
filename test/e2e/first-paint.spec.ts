// First paint: public pages arrive as real HTML (readable with scripts off), the app takes over without
// moving anything, robots.txt is a text file, and the install offer never widens the header.
import { expect, test, type Page } from '@playwright/test';
import { expectHeading, holdApp, openApp, waitForTakeOver } from './pages/app';
import { errorSummary } from './pages/account';
import { chat, helpButton } from './pages/supportChat';

const PUBLIC_PAGES = [
  { path: '/', heading: 'Государственные услуги в одном окне' },
  { path: '/catalog', heading: 'Каталог услуг' },
  { path: '/catalog/residence-certificate', heading: 'Справка о месте жительства' },
  { path: '/login', heading: 'Вход' },
  { path: '/register', heading: /Регистрация/ },
  { path: '/help', heading: 'Помощь' },
  { path: '/verify', heading: 'Проверить документ' },
];

test.describe('with scripts off', () => {
  test.use({ javaScriptEnabled: false, serviceWorkers: 'block' });

  test('every public page shows its heading, sections and title from the HTML alone', async ({ page }) => {
    for (const { path, heading } of PUBLIC_PAGES) {
      await page.goto(path);
      await expectHeading(page, heading);
      await expect(page.getByRole('navigation', { name: 'Основные разделы' }).getByRole('link', { name: 'Каталог услуг' })).toBeVisible();
      await expect(page).toHaveTitle(/— Окно$/);
    }
  });

  test('the catalog lists its services as headings from the HTML alone', async ({ page }) => {
    await page.goto('/catalog');
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 2, name: /Заграничный паспорт/ }).first()).toBeVisible();
    expect(await main.getByRole('heading', { level: 2 }).count()).toBeGreaterThan(10);
  });

  test('a page behind sign-in shows the frame at once, header and footer', async ({ page }) => {
    await page.goto('/applications');
    await expect(page.getByRole('banner')).toBeVisible();
    await expect(page.getByRole('contentinfo')).toContainText('Версия');
  });
});

/** Sum of layout shifts since navigation start, read after the page settled. */
const layoutShift = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let sum = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) sum += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(sum)));
      }),
  );

test('the app takes over a prerendered page in place: nothing moves and the page works', async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await page.goto('/catalog');
  await waitForTakeOver(page);
  expect(await layoutShift(page)).toBeLessThanOrEqual(0.02);
  await page.getByLabel('Поиск услуги').fill('заграничный');
  await expect(page.getByRole('link', { name: /Заграничный паспорт/ }).first()).toBeVisible();
});

/**
 * Watches the app's own copy of the page from the moment it replaces the prerendered one: how many
 * frames it showed with an empty <main> (the prerendered content gone, the footer pulled up), and the
 * layout shifts meanwhile. CLS alone would miss a blank: the copy's nodes are new, so nothing "moves".
 */
const watchTakeOver = (page: Page) =>
  page.addInitScript(() => {
    const seen = { blankFrames: -1, shift: 0 };
    Object.assign(window, { takeOver: seen });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) seen.shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    new MutationObserver((records) => {
      for (const node of records.flatMap((r) => [...r.addedNodes])) {
        if (!(node instanceof HTMLElement) || node.id !== 'root' || node.dataset.prerendered !== undefined) continue;
        seen.blankFrames = 0;
        const frame = () => {
          if (node.querySelector('main')?.childElementCount) return;
          seen.blankFrames++;
          if (seen.blankFrames < 600) requestAnimationFrame(frame);
        };
        frame();
      }
    }).observe(document, { childList: true, subtree: true });
  });

test('the app replaces each prerendered page with its content already drawn: no blank frame, no shift', async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await watchTakeOver(page);
  for (const { path, heading } of PUBLIC_PAGES) {
    await page.goto(path);
    await waitForTakeOver(page);
    await expectHeading(page, heading);
    const seen = await page.evaluate(() => (window as unknown as { takeOver: { blankFrames: number; shift: number } }).takeOver);
    expect(seen.blankFrames, path).toBe(0);
    expect(seen.shift, path).toBeLessThanOrEqual(0.02);
  }
});

test('typing on the static /login before the app starts goes on in the same field after it takes over', async ({ page }) => {
  // The app's script is held back while the person types into the prerendered page.
  const release = await holdApp(page);
  await page.goto('/login', { waitUntil: 'commit' });
  const login = page.getByLabel('Логин');
  await login.click();
  await page.keyboard.type('anna.petrova@');
  release();
  await waitForTakeOver(page);
  await page.keyboard.type('example.ru');
  await expect(login).toHaveValue('anna.petrova@example.ru');
  await expect(login).toBeFocused();
});

test('presses on the static page before the app starts are made again once it takes over, and no form goes the browser’s way', async ({ page }) => {
  const release = await holdApp(page);
  await page.goto('/login', { waitUntil: 'commit' });
  await page.getByLabel('Пароль', { exact: true }).fill('Zelenyj#Sad7');
  await page.getByLabel('Пароль', { exact: true }).press('Enter');
  await helpButton(page).click();
  // Held: the browser's own GET would have put the password in the address.
  expect(page.url()).not.toContain('Zelenyj');
  release();
  await waitForTakeOver(page);
  await expect(errorSummary(page)).toContainText('Логин');
  await expect(chat(page)).toBeVisible();
  expect(page.url()).not.toContain('Zelenyj');
});

test('the page paints with nothing but its own HTML and loads the app only after the first paint', async ({ page }) => {
  const started: { path: string; type: string; at: number }[] = [];
  page.on('request', (request) => started.push({ path: new URL(request.url()).pathname, type: request.resourceType(), at: Date.now() }));
  await page.goto('/', { waitUntil: 'networkidle' });
  const firstPaint = await page.evaluate(
    () => performance.timeOrigin + (performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity),
  );
  // The style sheet, the start script and the header's mark are in the page: no file is fetched for them.
  expect(started.filter(({ type }) => type === 'stylesheet')).toEqual([]);
  expect(started.map(({ path }) => path)).not.toContain('/icons/icon.svg');
  const scripts = started.filter(({ type }) => type === 'script');
  expect(scripts[0]?.path, 'the first script fetched is the app').toMatch(/\/assets\/boot-[\w-]+\.js$/);
  expect(scripts[0]!.at).toBeGreaterThanOrEqual(Math.floor(firstPaint));
  // The header's mark is drawn, at its size.
  const mark = page.locator('.brand svg');
  await expect(mark).toBeVisible();
  expect(await mark.boundingBox()).toMatchObject({ width: 32, height: 32 });
});

test('the web app manifest is linked once the page has painted, and the browser reads it without an error', async ({ page }) => {
  // Linked by the start script after the first paint (src/prerender/prerenderPlugin.ts), not by the HTML.
  const release = await holdApp(page);
  const response = await page.goto('/catalog', { waitUntil: 'commit' });
  expect(await response?.text()).not.toContain('rel="manifest"');
  release();
  await waitForTakeOver(page);
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest');
  const cdp = await page.context().newCDPSession(page);
  const manifest = await cdp.send('Page.getAppManifest');
  expect(manifest.url).toMatch(/\/manifest\.webmanifest$/);
  expect(manifest.errors).toEqual([]);
  const data = JSON.parse(manifest.data ?? '{}') as { name?: string; start_url?: string; display?: string; icons?: { sizes: string }[] };
  expect(data).toMatchObject({ name: 'Окно — государственные услуги', display: 'standalone' });
  expect(data.icons?.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
});

test('a visitor’s first page loads neither the database nor the session code (they wait for a sign-in)', async ({ page }) => {
  const scripts: string[] = [];
  page.on('response', (response) => response.request().resourceType() === 'script' && scripts.push(new URL(response.url()).pathname));
  await page.goto('/', { waitUntil: 'networkidle' });
  await expectHeading(page, 'Государственные услуги в одном окне');
  // One script since issue 15 put the first route in one chunk (vite.config.ts); none would be a broken build.
  expect(scripts.length).toBeGreaterThan(0);
  // Dexie alone is 32 KB gzip: pulled in once by a header import of client/session (119 KB against 80).
  expect(scripts.filter((path) => /\/(database|session|outbox|keysRepo)-[\w-]+\.js$/.test(path))).toEqual([]);
});

test('robots.txt is a text file, also once the service worker is in control', async ({ page, request }) => {
  const direct = await request.get('/robots.txt');
  expect(direct.headers()['content-type']).toContain('text/plain');
  expect(await direct.text()).toContain('User-agent');
  await openApp(page);
  await page.goto('/robots.txt');
  await expect(page.locator('body')).toContainText('User-agent: *');
  await expect(page.locator('#root')).toHaveCount(0);
});

test('the install offer goes into the sections menu and never changes the header row', async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await openApp(page);
  const headerRow = page.locator('.header-top');
  const before = await headerRow.boundingBox();
  await page.evaluate(() => {
    const offer = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
      prompt: async () => {},
      userChoice: Promise.resolve({ outcome: 'dismissed' }),
    });
    window.dispatchEvent(offer);
  });
  expect(await headerRow.boundingBox()).toEqual(before);
  await page.getByRole('button', { name: 'Меню' }).click();
  const nav = page.getByRole('navigation', { name: 'Основные разделы' });
  await expect(nav.getByRole('button', { name: 'Установить приложение' })).toBeVisible();
});

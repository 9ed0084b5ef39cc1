// No page scrolls sideways on the narrowest phone (320 px): signed out and as the demo citizen with a
// full history (the regression: «Мои платежи» was 481 px wide on a 390 px phone).
import { expect, test, type Page } from '@playwright/test';
import { submitLogin } from './pages/account';
import { openApp } from './pages/app';

const PUBLIC = ['/', '/catalog', '/catalog/residence-certificate', '/login', '/register', '/reset', '/verify', '/help', '/demo', '/no-such-page'];
const SIGNED_IN = [
  '/applications',
  '/payments',
  '/notifications',
  '/fines',
  '/profile',
  '/profile/data',
  '/profile/documents',
  '/profile/settings',
  '/profile/security',
  '/profile/journal',
  '/profile/privacy',
  '/profile/identity',
  '/catalog/residence-certificate/apply',
];

async function expectNoSidewaysScroll(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: window.innerWidth }));
  expect(widths.page, `${path} is ${widths.page} px wide on a ${widths.view} px screen`).toBeLessThanOrEqual(widths.view);
}

test.use({ viewport: { width: 320, height: 640 } });
// Each test walks a dozen pages one after another.
test.describe.configure({ timeout: 90_000 });

test('no public page scrolls sideways at 320 px', async ({ page }) => {
  await openApp(page, '/');
  for (const path of PUBLIC) await expectNoSidewaysScroll(page, path);
});

test('no page of a citizen with a full history scrolls sideways at 320 px', async ({ page }) => {
  await openApp(page, '/demo');
  await page.getByRole('button', { name: 'Заполнить демо-данными' }).click();
  const status = page.getByTestId('demo-data-status');
  await expect(status).toContainText('Демо-гражданин', { timeout: 15_000 });
  const phone = (await status.getByTestId('demo-phone').textContent())!;
  const password = (await status.getByTestId('demo-password').textContent())!;
  await page.goto('/login');
  await submitLogin(page, phone, password);
  await expect(page).toHaveURL(/\/profile(\?|$)/);
  for (const path of SIGNED_IN) await expectNoSidewaysScroll(page, path);
});

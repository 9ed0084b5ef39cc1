// No page scrolls sideways on the narrowest phone (320 px): signed out and as the demo citizen with a
// full history (the regression: «Мои платежи» was 481 px wide on a 390 px phone).
import { expect, test, type Page } from '@playwright/test';
import { submitLogin } from './pages/account';
import { openApp } from './pages/app';
import { helpButton } from './pages/supportChat';

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

  // Rows of «Мои заявления» grow with a name that wraps: when each was sent stays in its row, and no row
  // runs into the next (rows had a fixed height and cut the date off).
  await page.goto('/applications');
  const rows = page.getByRole('list', { name: 'Отправленные заявления' }).getByRole('listitem');
  await expect(rows.first().getByText(/подано/)).toBeVisible();
  const boxes = await rows.evaluateAll((items) =>
    items.map((item) => {
      const row = item.getBoundingClientRect();
      const meta = item.querySelector('.meta')!.getBoundingClientRect();
      return { top: row.top, bottom: row.bottom, metaBottom: meta.bottom };
    }),
  );
  expect(boxes.length).toBeGreaterThan(3);
  for (const [i, box] of boxes.entries()) {
    expect(box.metaBottom, `row ${i + 1}: its last line is inside it`).toBeLessThanOrEqual(box.bottom);
    if (i > 0) expect(box.top, `row ${i + 1} starts below row ${i}`).toBeGreaterThanOrEqual(boxes[i - 1]!.bottom);
  }
});

test('on a phone «Помощь» steps aside while a field is typed in, and is back when it is left', async ({ page }) => {
  await openApp(page, '/login');
  const password = page.getByLabel('Пароль', { exact: true });
  await expect(helpButton(page)).toBeVisible();
  await password.click();
  await password.fill('Zelenyj#Sad7');
  await expect(helpButton(page), 'it covered the end of the field').toBeHidden();
  await page.getByRole('heading', { level: 1 }).click();
  await expect(helpButton(page)).toBeVisible();
});

test.describe('on a 412 px phone', () => {
  test.use({ viewport: { width: 412, height: 823 } });

  test('going offline keeps the header as tall as it was: a short word, the whole sentence for screen readers', async ({ page, context }) => {
    await openApp(page, '/');
    const header = page.getByRole('banner');
    const online = (await header.boundingBox())!.height;
    await context.setOffline(true);
    const status = page.getByRole('status').filter({ hasText: 'Нет сети — работаем офлайн' });
    await expect(status.getByText('Офлайн', { exact: true })).toBeVisible();
    expect((await header.boundingBox())!.height).toBe(online);
    await expect(page.getByRole('button', { name: 'Меню' })).toBeInViewport();
  });
});

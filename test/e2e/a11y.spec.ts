import { expect, test } from '@playwright/test';
import { openApp } from './pages/app';
import { axeFindings } from './pages/axe';

const PAGES = ['/', '/catalog', '/applications', '/appeals', '/payments', '/help', '/login', '/demo', '/settings/storage', '/no-such-page'];

for (const path of PAGES) {
  test(`axe finds no violations on ${path}`, async ({ page }) => {
    await openApp(page, path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(await axeFindings(page)).toEqual([]);
  });
}

test('axe finds no violations in English, on a phone, and with the reset dialog open', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await openApp(page, '/demo');
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Demo stand' })).toBeVisible();
  expect(await axeFindings(page)).toEqual([]);
  await page.getByRole('button', { name: 'Delete all data' }).click();
  await expect(page.getByRole('dialog', { name: 'Delete all data?' })).toBeVisible();
  expect(await axeFindings(page)).toEqual([]);
});

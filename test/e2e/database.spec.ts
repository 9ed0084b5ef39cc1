import { expect, test } from '@playwright/test';
import { openApp } from './pages/app';

test('another tab upgrading the database makes this tab ask for a reload instead of breaking', async ({ page, context }) => {
  await openApp(page, '/settings/storage');
  await expect(page.getByRole('cell', { name: 'Черновики' })).toBeVisible();
  const other = await context.newPage();
  await other.goto('/help');
  // What a newer app version in another tab does: open «okno» at a higher schema version.
  const upgraded = await other.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const probe = indexedDB.open('okno');
        probe.onsuccess = () => {
          const next = probe.result.version + 10;
          probe.result.close();
          const open = indexedDB.open('okno', next);
          open.onsuccess = () => {
            open.result.close();
            resolve(next);
          };
          open.onerror = () => reject(open.error);
        };
      }),
  );
  expect(upgraded).toBeGreaterThan(20);
  await expect(page.getByRole('alert')).toContainText('Приложение обновилось в другой вкладке');
  await expect(page.getByRole('button', { name: 'Перезагрузить' })).toBeVisible();
  // The page takes no more input (its connection is closed, so what is typed could not be saved): the
  // keyboard never reaches anything in it, while the reload button stays at hand.
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('#main') === null)).toBe(true);
  }
  await expect(page.getByRole('button', { name: 'Перезагрузить' })).toBeEnabled();
});

// Kiosk mode on a demo stand: after the chosen minutes untouched, the visitor is warned (a dialog that
// takes focus), a key keeps the visit; left alone, the session ends, the visitor's rows leave the device
// and the next visitor is told the device is clean. The page's clock is Playwright's; the timers are the page's.
import { expect, test, type Page } from '@playwright/test';
import { headerSignIn } from './pages/account';
import { waitForTakeOver } from './pages/app';
import { fixture, saveProfileByApi, signUpCitizen } from './pages/profile';

/** Rows of every table of «okno» that belong to the account. */
function ownedRows(page: Page, accountId: string): Promise<number> {
  return page.evaluate(
    (id) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('okno');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names, 'readonly');
          let count = 0;
          for (const name of names) {
            const all = tx.objectStore(name).getAll();
            all.onsuccess = () => (count += all.result.filter((row: { accountId?: string }) => row?.accountId === id).length);
          }
          tx.oncomplete = () => (db.close(), resolve(count));
        };
      }),
    accountId,
  );
}

test('kiosk mode: an idle visitor is warned, a key keeps the visit, silence ends it and erases the visitor', async ({ page }) => {
  test.slow();
  await page.clock.install();
  await signUpCitizen(page, '/profile/documents');
  await saveProfileByApi(page);
  await page.getByLabel('Добавить документы').setInputFiles(fixture('sample.pdf'));
  await expect(page.getByRole('main').getByRole('heading', { level: 3, name: 'sample' })).toBeVisible();
  const accountId = await page.evaluate(() => JSON.parse(sessionStorage.getItem('okno.account') ?? '{}').id as string);
  expect(accountId).toBeTruthy();
  expect(await ownedRows(page, accountId)).toBeGreaterThan(0);

  await page.getByRole('link', { name: 'Демо-стенд' }).click();
  await page.getByLabel('Завершать сеанс после бездействия').selectOption({ label: '2 мин' });
  await expect(page.getByRole('status').filter({ hasText: 'Сохранено: 2 мин.' })).toBeVisible();
  await page.goto('/profile');
  // The idle count starts with the app (after the page's first paint), before the clock moves.
  await waitForTakeOver(page);
  const warning = page.getByRole('alertdialog', { name: 'Вы ещё здесь?' });

  // A touch before the limit starts the count again.
  await page.clock.fastForward('01:20');
  await page.mouse.click(5, 300);
  await page.clock.fastForward('01:00');
  await expect(warning).toBeHidden();

  // Warned 30 s before the end; the button has focus and a key keeps the visit.
  await page.clock.fastForward('00:35');
  await expect(warning).toBeVisible();
  await expect(warning.getByRole('button', { name: 'Продолжить работу' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(warning).toBeHidden();
  await expect(page).toHaveURL(/\/profile$/);

  // Left alone: warned, then the visit ends.
  await page.clock.fastForward('01:31');
  await expect(warning).toBeVisible();
  await page.clock.fastForward('00:31');
  await expect(page.getByRole('status').filter({ hasText: 'Сеанс предыдущего посетителя завершён из-за бездействия' })).toBeVisible();
  await expect(headerSignIn(page)).toBeVisible();
  expect(await ownedRows(page, accountId)).toBe(0);
  await page.goto('/profile');
  await expect(page).toHaveURL(/\/login/);
});

// An address naming an application, receipt, appeal or booking this account does not have shows one
// shared page: a heading, what happened in plain words and the way back to the list (was a bare
// «Не найдено.» or a line without a heading).
import { expect, test } from '@playwright/test';
import { expectHeading } from './pages/app';
import { signUpCitizen } from './pages/profile';
import { axeFindings } from './pages/axe';

const CASES = [
  {
    path: '/applications/nope',
    title: 'Заявление не найдено',
    text: /нет заявления по такому адресу/,
    back: 'К списку заявлений',
    list: /\/applications$/,
  },
  { path: '/payments/nope', title: 'Квитанция не найдена', text: /нет квитанции по такому адресу/, back: 'К моим платежам', list: /\/payments$/ },
  { path: '/appeals/nope', title: 'Обращение не найдено', text: /нет обращения по такому адресу/, back: 'К моим обращениям', list: /\/appeals$/ },
  { path: '/bookings/nope', title: 'Запись не найдена', text: /нет записи на приём по такому адресу/, back: 'К моим записям', list: /\/bookings$/ },
];

test('unknown application, receipt, appeal and booking addresses say what happened and lead back to the list', async ({ page }) => {
  test.setTimeout(90_000);
  await signUpCitizen(page, '/applications');
  for (const item of CASES) {
    await page.goto(item.path);
    await expectHeading(page, item.title);
    await expect(page.getByText(item.text)).toBeVisible();
    await expect(page.getByText('Не найдено.', { exact: true })).toHaveCount(0);
    await expect(page).toHaveTitle(new RegExp(`^${item.title}`));
    if (item === CASES[0]) {
      // One component draws all four: axe checks it once.
      expect(await axeFindings(page), item.path).toEqual([]);
    }
    await page.getByRole('link', { name: item.back }).click();
    await expect(page).toHaveURL(item.list);
  }
});

test('in English the same page speaks English', async ({ page }) => {
  await signUpCitizen(page, '/');
  await page.evaluate(() => localStorage.setItem('okno.locale', 'en'));
  await page.goto('/applications/nope');
  await expectHeading(page, 'Application not found');
  await page.getByRole('link', { name: 'Back to my applications' }).click();
  await expect(page).toHaveURL(/\/applications$/);
});

// The demo page's «Демо-данные» and «Сценарий новых заявлений» panels: one press makes a lived-in
// citizen whose shown credentials sign in, the default scenario is changed and read back, and axe finds
// nothing on /demo. The applications list page is checked elsewhere; here the cases are read through the API.
import { expect, test, type Page } from '@playwright/test';
import { field, submitLogin } from './pages/account';
import { api, expectHeading, openApp } from './pages/app';
import { callApi } from './pages/profile';
import { expectNoViolations } from './pages/axe';

const ALL_STATUSES = ['accepted', 'documents_requested', 'in_processing', 'issued', 'ready', 'rejected', 'returned', 'sent', 'withdrawn'];

const demoDataStatus = (page: Page) => page.getByTestId('demo-data-status');

test('«Заполнить демо-данными» makes a citizen who signs in with the shown credentials and has cases in every status', async ({ page }) => {
  await openApp(page, '/demo');
  await page.getByRole('button', { name: 'Заполнить демо-данными' }).click();
  const status = demoDataStatus(page);
  await expect(status).toContainText('Демо-гражданин создан. Заявлений: 14.', { timeout: 15_000 });
  const phone = (await status.getByTestId('demo-phone').textContent())!;
  const password = (await status.getByTestId('demo-password').textContent())!;
  expect(phone).toBe('+7 903 555-01-42');
  await expectNoViolations(page, '/demo with the demo credentials shown');

  // A second press adds nothing and shows the same citizen.
  await page.getByRole('button', { name: 'Заполнить демо-данными' }).click();
  await expect(status).toContainText('Демо-гражданин уже есть, новый не создан. Заявлений: 14.', { timeout: 15_000 });

  await status.getByRole('link', { name: 'Войти' }).click();
  await expect(page).toHaveURL(/\/login(\?|$)/);
  await submitLogin(page, phone, password);
  await expect(page).toHaveURL(/\/profile(\?|$)/);
  await expectHeading(page, 'Смирнова Ольга Викторовна');

  const cases = await callApi<{ status: string }[]>(page, 'GET', '/api/applications');
  expect(cases.status).toBe(200);
  expect([...new Set(cases.body.map((c) => c.status))].sort()).toEqual(ALL_STATUSES);
  const notices = await callApi<{ unread: number }>(page, 'GET', '/api/notifications');
  expect(notices.body.unread).toBeGreaterThan(0);
});

test('the scenario for new applications is changed on the panel and read back; a wrong seed is named', async ({ page }) => {
  await openApp(page, '/demo');
  const select = page.getByLabel('Сценарий', { exact: true });
  const seed = field(page, 'Зерно случайности');
  await expect(select).toHaveValue('random');
  await expect(seed).toHaveValue('okno');

  await select.selectOption({ label: 'Отказ: адреса нет в реестре' });
  await expect(select).toHaveAccessibleDescription('После проверки ведомство откажет с причиной «адреса нет в реестре».');
  await seed.fill('   ');
  await page.getByRole('button', { name: 'Сохранить сценарий' }).click();
  await expect(page.getByText('Введите зерно длиной от 1 до 40 символов.')).toBeVisible();
  await expect(seed).toHaveAttribute('aria-invalid', 'true');
  await expect(seed).toBeFocused();
  await expectNoViolations(page, '/demo with a wrong seed');

  await seed.fill('стенд-42');
  await page.getByRole('button', { name: 'Сохранить сценарий' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Сохранено: «Отказ: адреса нет в реестре», зерно «стенд-42».' })).toBeVisible();
  const stored = await api<{ scenario: string; seed: string }>(page, 'GET', '/api/_sim/scenario');
  expect(stored.body).toEqual({ scenario: 'rejected:address_not_in_registry', seed: 'стенд-42' });

  await page.reload();
  await expect(select).toHaveValue('rejected:address_not_in_registry');
  await expect(seed).toHaveValue('стенд-42');
});

// Issue 19.14: the «Логин» field takes the personal INN from «Мои данные»; three wrong passwords in a
// row reach the owner as a notice in the app, an SMS and an e-mail.
import { expect, test, type Page } from '@playwright/test';
import { loginFailure, readInbox, signOut, submitLogin } from './pages/account';
import { CITIZEN, INN, saveProfileByApi, signUpCitizen } from './pages/profile';

test.beforeEach(() => test.slow());

const profileHeading = (page: Page) => page.getByRole('heading', { level: 1, name: `${CITIZEN.surname} ${CITIZEN.name} ${CITIZEN.patronymic}` });

test('sign in by INN; three wrong passwords are told in the app, by SMS and by e-mail', async ({ page }) => {
  await signUpCitizen(page, '/profile');
  await saveProfileByApi(page);
  await signOut(page);

  await submitLogin(page, INN, CITIZEN.password);
  await expect(profileHeading(page)).toBeVisible();
  await signOut(page);

  for (let i = 0; i < 3; i++) {
    await submitLogin(page, CITIZEN.phone, 'Wrong#Pass1');
    await expect(loginFailure(page)).toHaveText('Неверный логин или пароль. Проверьте раскладку и Caps Lock.');
  }
  await expect.poll(async () => (await readInbox(page, CITIZEN.phone))[0]?.body ?? '').toContain('3 раза подряд пытались войти с неверным паролем');
  expect((await readInbox(page, CITIZEN.email))[0]!.subject).toBe('Неудачные попытки входа');

  await submitLogin(page, `${INN.slice(0, 4)} ${INN.slice(4)}`, CITIZEN.password);
  await expect(profileHeading(page)).toBeVisible();
  await page.goto('/notifications');
  await page.getByLabel('Показать').selectOption({ label: 'О безопасности учётной записи' });
  await expect(page.getByText(/^В учётную запись 3 раза подряд пытались войти с неверным паролем \(Chrome, Linux\)/)).toBeVisible();
});

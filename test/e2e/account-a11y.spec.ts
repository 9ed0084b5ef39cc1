// axe on every account page and registration step, with the error states shown, as a screen-reader or
// keyboard user meets them.
import { expect, test, type Page } from '@playwright/test';
import {
  consentBox,
  enterCode,
  errorSummary,
  field,
  fillPasswordStep,
  fillPersonStep,
  fillPhoneStep,
  loginFailure,
  newAccount,
  readCode,
  registerViaUi,
  stepHeading,
  submitLogin,
  wrongCode,
} from './pages/account';
import { api, expectHeading, openApp } from './pages/app';
import { expectNoViolations } from './pages/axe';

// Each test runs axe two or three times (2–9 s a pass on a busy machine) besides its sign-up.
test.beforeEach(() => test.slow());

/** Opens /register and fills the steps before `step`, leaving the page on it. */
async function registerUpTo(page: Page, step: 'code' | 'person' | 'password' | 'consent'): Promise<void> {
  const account = newAccount();
  await openApp(page, '/register');
  await fillPhoneStep(page, account.phone);
  await expect(stepHeading(page, 'Код из SMS')).toBeVisible();
  if (step === 'code') return;
  await enterCode(page, await readCode(page, account.phone));
  if (step === 'person') return expect(stepHeading(page, 'Личные данные')).toBeVisible();
  await fillPersonStep(page, account);
  if (step === 'password') return expect(stepHeading(page, 'Пароль')).toBeVisible();
  await fillPasswordStep(page, account.password);
  await expect(stepHeading(page, 'Согласие')).toBeVisible();
}

const next = (page: Page) => page.getByRole('button', { name: 'Продолжить' });

test('axe: registration, phone step, empty and with the error summary', async ({ page }) => {
  await openApp(page, '/register');
  await expect(stepHeading(page, 'Номер мобильного телефона')).toBeVisible();
  await expectNoViolations(page, 'phone step');
  await next(page).click();
  await expect(errorSummary(page)).toBeVisible();
  await expectNoViolations(page, 'phone step with errors');
});

test('axe: registration, code step, with the error summary and with a wrong code', async ({ page }) => {
  await registerUpTo(page, 'code');
  await expectNoViolations(page, 'code step');
  await page.getByRole('button', { name: 'Подтвердить' }).click();
  await expect(errorSummary(page)).toBeVisible();
  await expectNoViolations(page, 'code step with an empty code');
  await enterCode(page, wrongCode(await readCode(page, newAccount().phone)));
  await expect(page.locator('main').getByRole('status')).toHaveText('Код неверный. Осталось попыток: 2.');
  await expectNoViolations(page, 'code step with a wrong code');
});

test('axe: registration, person step, empty and with the error summary', async ({ page }) => {
  await registerUpTo(page, 'person');
  await expectNoViolations(page, 'person step');
  await next(page).click();
  await expect(errorSummary(page)).toBeVisible();
  await expectNoViolations(page, 'person step with errors');
});

test('axe: registration, password step with the rules half met and with the error summary', async ({ page }) => {
  await registerUpTo(page, 'password');
  await fillPasswordStep(page, 'Zelenyj', 'other', { submit: false });
  await expectNoViolations(page, 'password step, rules half met');
  await next(page).click();
  await expect(errorSummary(page)).toBeVisible();
  await expectNoViolations(page, 'password step with errors');
});

test('axe: registration, consent step, and with the error summary', async ({ page }) => {
  await registerUpTo(page, 'consent');
  await expectNoViolations(page, 'consent step');
  await page.getByRole('button', { name: 'Создать учётную запись' }).click();
  await expect(errorSummary(page)).toBeVisible();
  await expect(consentBox(page)).toHaveAttribute('aria-invalid', 'true');
  await expectNoViolations(page, 'consent step with errors');
});

test('axe: sign-in with its error states', async ({ page }) => {
  await openApp(page, '/login');
  await expectHeading(page, 'Вход');
  await expectNoViolations(page, '/login');
  await page.getByRole('button', { name: 'Войти' }).click();
  await expect(errorSummary(page)).toBeVisible();
  await expectNoViolations(page, '/login with errors');
  await submitLogin(page, '+7 912 345-67-89', 'Wrong#Pass1x');
  await expect(loginFailure(page)).toHaveText(/Неверный логин или пароль/);
  await expectNoViolations(page, '/login with a failure');
});

test('axe: password reset, its error summary and its code step', async ({ page }) => {
  await openApp(page, '/reset');
  await expectHeading(page, 'Восстановление пароля');
  await expectNoViolations(page, '/reset');
  await page.getByRole('button', { name: 'Продолжить' }).click();
  await expect(errorSummary(page)).toBeVisible();
  await expectNoViolations(page, '/reset with errors');
  await field(page, 'Логин').fill('+7 912 345-67-89');
  await page.getByRole('button', { name: 'Продолжить' }).click();
  await expect(page.getByRole('radio', { name: 'SMS на телефон +7 9** ***-**-89' })).toBeChecked();
  await expectNoViolations(page, '/reset choice of where the code goes');
  await page.getByRole('button', { name: 'Получить код' }).click();
  await expect(field(page, 'Код подтверждения')).toBeVisible();
  await expectNoViolations(page, '/reset code step');
});

test('axe: the inbox, empty', async ({ page }) => {
  // A registration flow's phone: its e-mail channel is empty (the code went by SMS).
  await openApp(page, '/');
  const start = await api<{ flowId: string }>(page, 'POST', '/api/auth/register', { phone: '+79123456780' });
  await page.goto(`/inbox?channel=email&flow=${start.body.flowId}`);
  await expectHeading(page, 'Сообщения');
  await expect(page.getByText('Сообщений пока нет.')).toBeVisible();
  await expectNoViolations(page, '/inbox?channel=email empty');
});

test('axe: the profile with the welcome, and with the wipe dialog open', async ({ page }) => {
  await registerViaUi(page);
  await expect(page.getByRole('status').filter({ hasText: 'учётная запись создана' })).toBeVisible();
  await expectNoViolations(page, '/profile with the welcome');
  await page.getByRole('button', { name: 'Завершить сеанс и очистить устройство' }).click();
  await expect(page.getByRole('dialog', { name: 'Очистить устройство?' })).toBeVisible();
  await expectNoViolations(page, '/profile with the wipe dialog');
});

test('axe: security and journal', async ({ page }) => {
  await registerViaUi(page);
  await page.getByRole('navigation', { name: 'Разделы профиля' }).getByRole('link', { name: 'Безопасность' }).click();
  await expectHeading(page, 'Безопасность');
  await expect(page.getByRole('cell', { name: 'Вход выполнен' })).toBeVisible();
  await expectNoViolations(page, '/profile/security');
  await page.goto('/profile/journal');
  await expectHeading(page, 'Журнал действий');
  await expect(page.getByRole('cell', { name: 'Вход' })).toBeVisible();
  await expectNoViolations(page, '/profile/journal');
});

test('axe: the inbox with messages', async ({ page }) => {
  await registerViaUi(page);
  for (const channel of ['sms', 'email']) {
    await page.goto(`/inbox?channel=${channel}`);
    await expect(page.getByRole('list').getByRole('listitem').first()).toBeVisible();
    await expectNoViolations(page, `/inbox?channel=${channel} with messages`);
  }
});

test('English interface: the Russian SMS and e-mail bodies in «Messages» are marked lang="ru"', async ({ page }) => {
  await registerViaUi(page);
  await page.evaluate(() => localStorage.setItem('okno.locale', 'en'));
  await page.goto('/inbox?channel=sms');
  await expectHeading(page, 'Messages');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const sms = page.getByText(/^Код для регистрации в Окне: \d{6}/);
  await expect(sms).toHaveAttribute('lang', 'ru');
  await page.getByRole('navigation', { name: 'Channels' }).getByRole('link', { name: 'Mail' }).click();
  const letter = page.getByRole('listitem').filter({ hasText: 'Учётная запись создана' });
  await expect(letter.locator('p').filter({ hasText: /^Учётная запись создана$/ })).toHaveAttribute('lang', 'ru');
  await expect(letter.getByText(/ваша учётная запись в Окне создана/)).toHaveAttribute('lang', 'ru');
  // The line the interface itself writes (address and date) stays in the interface's language.
  await expect(letter.locator('.meta')).not.toHaveAttribute('lang', /./);
  await expectNoViolations(page, '/inbox?channel=email in English');
});

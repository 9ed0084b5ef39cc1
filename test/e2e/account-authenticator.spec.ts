// Issue 19.13: the authenticator app as the second factor. The test is the person's phone: it reads the
// key shown beside the QR code and computes the app's codes with the same library (otpauth) at the
// simulated clock's time, as an authenticator app on a phone with that clock would.
import { expect, test, type Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { advanceClock, expectProfile, field, registerViaUi, signOut, submitLogin, wrongCode } from './pages/account';
import { api, expectHeading } from './pages/app';
import { axeFindings } from './pages/axe';

test.beforeEach(() => test.slow());

/** The app's code now on the simulated clock; each code works once, so the clock moves a step first. */
async function appCode(page: Page, key: string): Promise<string> {
  await advanceClock(page, 30_000);
  const clock = await api<{ nowMs: number }>(page, 'GET', '/api/_sim/clock');
  return new TOTP({ secret: Secret.fromBase32(key), digits: 6, period: 30, algorithm: 'SHA1' }).generate({ timestamp: clock.body.nowMs });
}

const section = (page: Page) => page.getByRole('region', { name: 'Приложение-аутентификатор' });

test('connect the app by its key, sign in with its code or a recovery code, turn it off with a code', async ({ page }) => {
  const account = await registerViaUi(page);
  await page.goto('/profile/security');
  await expectHeading(page, 'Безопасность');
  await section(page).getByRole('button', { name: 'Подключить приложение' }).click();
  await expect(section(page).getByRole('img', { name: 'QR-код для подключения приложения-аутентификатора' })).toBeVisible();
  const keyLine = await section(page)
    .getByText(/^Ключ для ввода вручную:/)
    .textContent();
  const key = (keyLine ?? '').replace('Ключ для ввода вручную:', '').replace(/\s/g, '');
  expect(key).toMatch(/^[A-Z2-7]{32}$/);

  const code = field(page, 'Код из приложения');
  const first = await appCode(page, key);
  await code.fill(wrongCode(first));
  await section(page).getByRole('button', { name: 'Подтвердить' }).click();
  await expect(section(page).getByRole('status')).toContainText('Код неверный');
  await expect(code).toHaveAttribute('aria-invalid', 'true');
  expect(await axeFindings(page)).toEqual([]);
  await code.fill(first);
  await section(page).getByRole('button', { name: 'Подтвердить' }).click();
  await expect(section(page).getByRole('status')).toHaveText('Приложение-аутентификатор подключено.');
  const list = section(page).getByRole('list', { name: 'Коды восстановления' });
  await expect(list.getByRole('listitem')).toHaveCount(10);
  const recovery = (await list.getByRole('listitem').allTextContents()).map((text) => text.trim());
  expect(recovery[0]).toMatch(/^[A-Z2-7]{5}-[A-Z2-7]{5}$/);
  await page.screenshot({ path: 'test-results/account-authenticator-codes.png', fullPage: true });
  await section(page).getByRole('button', { name: 'Я сохранил(а) коды' }).click();
  await expect(list).toHaveCount(0);

  // Sign-in asks for the app's code, not an SMS.
  await signOut(page);
  await submitLogin(page, account.phone, account.password);
  await expect(page.getByRole('heading', { level: 2, name: 'Вход по коду из приложения' })).toBeVisible();
  await expect(field(page, 'Код из приложения')).toBeFocused();
  await field(page, 'Код из приложения').fill(await appCode(page, key));
  await page.getByRole('button', { name: 'Войти', exact: true }).click();
  await expectProfile(page, account);

  // «Использовать код восстановления»: a recovery code once.
  await signOut(page);
  await submitLogin(page, account.phone, account.password);
  await page.getByRole('button', { name: 'Использовать код восстановления' }).click();
  await expect(field(page, 'Код восстановления')).toBeFocused();
  await field(page, 'Код восстановления').fill(recovery[4]!);
  await page.getByRole('button', { name: 'Войти', exact: true }).click();
  await expectProfile(page, account);

  await page.goto('/profile/security');
  await expect(section(page).getByText('Приложение подключено: при входе Окно спрашивает код из него вместо кода из SMS.')).toBeVisible();
  await field(page, 'Код из приложения').fill(await appCode(page, key));
  await section(page).getByRole('button', { name: 'Отключить' }).click();
  await expect(section(page).getByRole('status')).toContainText('Приложение-аутентификатор отключено.');
  await signOut(page);
  await submitLogin(page, account.phone, account.password);
  await expectProfile(page, account);
});

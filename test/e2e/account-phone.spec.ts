// Issue 19.16: changing the phone from «Профиль» — codes to the number in use and to the new one, both
// typed in; another account's number is refused; afterwards sign-in and codes use the new number and
// the citizen is told in the app and on the old number.
import { expect, test } from '@playwright/test';
import {
  field,
  loginFailure,
  phoneSection,
  readCode,
  readInbox,
  registerOtherByApi,
  registerViaUi,
  signIn,
  signOut,
  submitLogin,
  wrongCode,
} from './pages/account';
import { axeFindings } from './pages/axe';

test.beforeEach(() => test.slow());

const NEW_PHONE = '+7 912 765-43-21';
const TAKEN = '+7 912 000-11-22';

test('the phone changes with codes from both numbers; sign-in then takes only the new one', async ({ page }) => {
  const account = await registerViaUi(page);
  await registerOtherByApi(page, TAKEN, 'petrov@example.ru');
  const section = phoneSection(page);
  await expect(section.getByText('+7 912 345-67-89')).toBeVisible();
  await section.getByRole('button', { name: 'Изменить номер' }).click();
  const newPhone = field(page, 'Новый номер телефона');
  await expect(newPhone).toBeFocused();

  await newPhone.fill(TAKEN);
  await section.getByRole('button', { name: 'Получить коды' }).click();
  await expect(section.getByRole('status')).toHaveText('Этот номер уже привязан к другой учётной записи. Укажите другой номер.');
  await expect(newPhone).toHaveAttribute('aria-invalid', 'true');
  await expect(newPhone).toHaveValue(TAKEN);

  await newPhone.fill(NEW_PHONE);
  await section.getByRole('button', { name: 'Получить коды' }).click();
  await expect(
    section.getByText('Мы отправили два SMS с кодами: на текущий номер +7 912 ***-**-89 и на новый номер +7 912 ***-**-21. Введите оба кода.'),
  ).toBeVisible();
  await expect(field(page, 'Код с текущего номера')).toBeFocused();
  const current = await readCode(page, account.phone);
  const next = await readCode(page, NEW_PHONE);
  await field(page, 'Код с текущего номера').fill(current);
  await field(page, 'Код с нового номера').fill(wrongCode(next));
  await section.getByRole('button', { name: 'Сменить номер' }).click();
  await expect(section.getByRole('status')).toHaveText('Код неверный. Осталось попыток: 2.');
  await expect(field(page, 'Код с нового номера')).toHaveAttribute('aria-invalid', 'true');
  expect(await axeFindings(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/account-phone-codes.png', fullPage: true });

  await field(page, 'Код с нового номера').fill(next);
  await section.getByRole('button', { name: 'Сменить номер' }).click();
  await expect(section.getByRole('status')).toHaveText(
    'Номер телефона изменён на +7 912 765-43-21. Теперь входите с ним; коды будут приходить на него.',
  );
  await expect(section.getByText('+7 912 765-43-21', { exact: true })).toBeVisible();
  expect((await readInbox(page, account.phone))[0]!.body).toContain('изменён на +7 912 ***-**-21');

  await page
    .getByRole('link', { name: /^Уведомления/ })
    .first()
    .click();
  await expect(
    page.getByText('Номер телефона учётной записи изменён на +7 912 ***-**-21. Если это были не вы, обратитесь в поддержку.'),
  ).toBeVisible();

  await signOut(page);
  await submitLogin(page, account.phone, account.password);
  await expect(loginFailure(page)).toHaveText('Неверный логин или пароль. Проверьте раскладку и Caps Lock.');
  await signIn(page, NEW_PHONE, account);
});

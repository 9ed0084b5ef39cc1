// Registration end to end: the SMS code, the form's checks and explanations, wrong codes and
// the resend cool-down, and the whole journey with the keyboard alone.
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  advanceClock,
  consentBox,
  enterCode,
  errorSummary,
  expectProfile,
  field,
  fillPasswordStep,
  fillPersonStep,
  fillPhoneStep,
  headerProfile,
  headerSignIn,
  lastMessageId,
  newAccount,
  readCode,
  registerViaUi,
  stepHeading,
  wrongCode,
} from './pages/account';
import { api, openApp } from './pages/app';

test('register with the code from the SMS inbox and land on the profile with a welcome', async ({ page }) => {
  const account = await registerViaUi(page);
  await expect(page).toHaveURL(/\/profile\?welcome=true$/);
  await expect(
    page.getByRole('status').filter({ hasText: 'Анна, учётная запись создана. Подтвердите личность, чтобы открыть все услуги.' }),
  ).toBeVisible();
  await expect(headerProfile(page)).toBeVisible();
  await expect(headerSignIn(page)).toHaveCount(0);
  await expect(page.getByText('Упрощённая')).toBeVisible();
  await expect(page.getByText(/^\+7\s?\(?912\)?\s?345-?67-?89$/)).toBeVisible();
  await expect(page.getByText(account.email)).toBeVisible();
});

test('registration validation: summary links to fields, dates and passwords are explained, nothing is lost going back', async ({ page }) => {
  const account = newAccount();
  await openApp(page, '/register');
  await expect(page.getByText('Шаг 1 из 5')).toBeVisible();

  await test.step('Empty phone: the summary takes focus and its link moves focus to the field', async () => {
    await page.getByRole('button', { name: 'Продолжить' }).click();
    const summary = errorSummary(page);
    await expect(summary).toBeFocused();
    const phoneLink = summary.getByRole('link', { name: 'Мобильный телефон: Заполните это поле.' });
    await phoneLink.click();
    await expect(field(page, 'Мобильный телефон')).toBeFocused();
    await expect(field(page, 'Мобильный телефон')).toHaveAttribute('aria-invalid', 'true');

    await fillPhoneStep(page, account.phone);
    await expect(stepHeading(page, 'Код из SMS')).toBeVisible();
    await enterCode(page, await readCode(page, account.phone));
  });

  await test.step('A day that does not exist', async () => {
    await fillPersonStep(page, { ...account, birthDate: '31.02.1990' });
    const dateMessage = 'Дата введена неверно. Укажите существующую дату в виде ДД.ММ.ГГГГ, например 05.03.1990.';
    await expect(errorSummary(page)).toBeFocused();
    await expect(errorSummary(page).getByRole('link')).toHaveText([`Дата рождения: ${dateMessage}`]);
    await expect(field(page, 'Дата рождения')).toHaveAttribute('aria-invalid', 'true');
    await expect(field(page, 'Дата рождения')).toHaveAccessibleDescription(new RegExp(dateMessage.replace(/[.()]/g, '\\$&')));
    await errorSummary(page)
      .getByRole('link', { name: /Дата рождения/ })
      .click();
    await expect(field(page, 'Дата рождения')).toBeFocused();
    await field(page, 'Дата рождения').fill(account.birthDate);
    await page.getByRole('button', { name: 'Продолжить' }).click();
  });

  await test.step('The rules list follows the typing', async () => {
    await expect(stepHeading(page, 'Пароль')).toBeVisible();
    const rules = page.getByRole('list', { name: 'Требования к паролю' }).getByRole('listitem');
    const rule = (text: string) => rules.filter({ hasText: text });
    await expect(rules).toHaveCount(7);
    await expect(rule('заглавная буква')).toHaveText('Не выполнено: заглавная буква');
    await expect(page.getByText('Надёжность пароля: не задан')).toBeVisible();
    await field(page, 'Пароль').fill('Zelenyj');
    await expect(rule('заглавная буква')).toHaveText('Выполнено: заглавная буква');
    await expect(rule('строчная буква')).toHaveText('Выполнено: строчная буква');
    await expect(rule('цифра')).toHaveText('Не выполнено: цифра');
    await expect(rule('не меньше 8 символов')).toHaveText('Не выполнено: не меньше 8 символов');
    await field(page, 'Пароль').fill('Zelenyj1234');
    await expect(rule('цифра')).toHaveText('Выполнено: цифра');
    await expect(rule('без последовательностей')).toHaveText(/^Не выполнено: /);
    await field(page, 'Пароль').fill(account.password);
    for (const item of await rules.all()) await expect(item).toHaveText(/^Выполнено: /);
    await expect(page.getByText('Надёжность пароля: надёжный')).toBeVisible();
  });

  await test.step('A repeat that does not match', async () => {
    await fillPasswordStep(page, account.password, 'Zelenyj#Sad8');
    const mismatch = 'Пароли не совпадают. Введите тот же пароль ещё раз.';
    await expect(errorSummary(page).getByRole('link')).toHaveText([`Пароль ещё раз: ${mismatch}`]);
    await expect(field(page, 'Пароль ещё раз')).toHaveAttribute('aria-invalid', 'true');
    await field(page, 'Пароль ещё раз').fill(account.password);
    await page.getByRole('button', { name: 'Продолжить' }).click();
  });

  await test.step('Back and forth keeps everything', async () => {
    await expect(stepHeading(page, 'Согласие')).toBeVisible();
    await consentBox(page).check();
    await page.getByRole('button', { name: 'Назад' }).click();
    await expect(stepHeading(page, 'Пароль')).toBeVisible();
    await expect(field(page, 'Пароль')).toHaveValue(account.password);
    await expect(field(page, 'Пароль ещё раз')).toHaveValue(account.password);
    await page.getByRole('button', { name: 'Назад' }).click();
    await expect(stepHeading(page, 'Личные данные')).toBeVisible();
    await expect(field(page, 'Фамилия')).toHaveValue(account.surname);
    await expect(field(page, 'Имя')).toHaveValue(account.name);
    await expect(field(page, 'Отчество')).toHaveValue(account.patronymic);
    await expect(field(page, 'Дата рождения')).toHaveValue(account.birthDate);
    await expect(page.getByRole('radio', { name: 'Женский' })).toBeChecked();
    await expect(field(page, 'Электронная почта')).toHaveValue(account.email);
    await page.getByRole('button', { name: 'Продолжить' }).click();
    await expect(field(page, 'Пароль')).toHaveValue(account.password);
    await page.getByRole('button', { name: 'Продолжить' }).click();
    await expect(consentBox(page)).toBeChecked();
    await page.getByRole('button', { name: 'Создать учётную запись' }).click();
    await expectProfile(page, account);
  });
});

// Regression (fixed; was src/ui/form/TextField.tsx, onBlur, lines 45-52; the error <span> is inserted above the <input>):
// a field is checked when it loses focus, and its error text appears above the input at once. Leaving
// «Дата рождения» with a wrong date by clicking the «Женский» radio below it inserts that text on
// mousedown, pushes the radio down, and the click lands beside it: the radio stays unchecked. The
// field only skips the check for its own form's submit button; any control below a field is hit.
// A person has to click twice. Fix: keep the layout stable (reserve the error line, or show blur
// errors after the click completes, e.g. on the next frame / after pointerup).
test('choosing the gender right after typing a wrong date takes one click', async ({ page }) => {
  const account = newAccount();
  await openApp(page, '/register');
  await fillPhoneStep(page, account.phone);
  await expect(stepHeading(page, 'Код из SMS')).toBeVisible();
  await enterCode(page, await readCode(page, account.phone));
  await expect(stepHeading(page, 'Личные данные')).toBeVisible();
  await field(page, 'Дата рождения').fill('31.02.1990');
  // One real click, as a person makes it (locator.check() would fail here, having no effect).
  const female = page.getByRole('radio', { name: 'Женский' });
  await female.scrollIntoViewIfNeeded();
  const box = (await female.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(field(page, 'Дата рождения')).toHaveAttribute('aria-invalid', 'true');
  await expect(female).toBeChecked({ timeout: 2_000 });
});

test('three wrong codes burn the code; resend waits for the cool-down, on the page and on the server', async ({ page }) => {
  const account = newAccount();
  await openApp(page, '/register');
  const started = page.waitForResponse((r) => r.url().endsWith('/api/auth/register') && r.request().method() === 'POST');
  await fillPhoneStep(page, account.phone);
  const { flowId } = (await (await started).json()) as { flowId: string };
  await expect(stepHeading(page, 'Код из SMS')).toBeVisible();
  await expect(page.getByText('Мы отправили SMS с кодом на номер +7 912 ***-**-89.')).toBeVisible();

  const resend = page.getByRole('button', { name: /^Новый код — через \d+ с$/ });
  await expect(resend).toBeDisabled();

  const code = await readCode(page, account.phone);
  const status = page.locator('main').getByRole('status');
  await enterCode(page, wrongCode(code));
  await expect(status).toHaveText('Код неверный. Осталось попыток: 2.');
  await expect(field(page, 'Код подтверждения')).toHaveAttribute('aria-invalid', 'true');
  await expect(field(page, 'Код подтверждения')).toHaveAccessibleDescription(/Код неверный\. Проверьте цифры в сообщении\./);
  await enterCode(page, wrongCode(code));
  await expect(status).toHaveText('Код неверный. Осталось попыток: 1.');
  await enterCode(page, wrongCode(code));
  await expect(status).toHaveText('Слишком много неверных попыток. Запросите новый код.');
  // Burnt: even the right code is refused now.
  await enterCode(page, code);
  await expect(status).toHaveText('Слишком много неверных попыток. Запросите новый код.');
  await expect(stepHeading(page, 'Код из SMS')).toBeVisible();

  // The countdown runs in real time, so the button stays disabled; the server refuses too.
  await expect(resend).toBeDisabled();
  const early = await api<{ error: { code: string } }>(page, 'POST', '/api/auth/code/resend', { flowId });
  expect(early).toEqual({ status: 429, body: { error: expect.objectContaining({ code: 'resend_too_soon' }) } });

  // Once the simulated minute has passed the server sends a fresh code that works.
  const before = await lastMessageId(page, account.phone);
  await advanceClock(page, 61_000);
  expect((await api(page, 'POST', '/api/auth/code/resend', { flowId })).status).toBe(200);
  await enterCode(page, await readCode(page, account.phone, { after: before }));
  await expect(stepHeading(page, 'Личные данные')).toBeVisible();
});

/** Presses Tab (or Shift+Tab) until `target` has focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, { back = false, max = 25 } = {}): Promise<void> {
  for (let i = 0; i < max && !(await target.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  await expect(target).toBeFocused();
}

test('keyboard only: from /register to the profile with Tab, Shift+Tab, typing, Enter and Space', async ({ page }) => {
  const account = newAccount();
  await openApp(page, '/register');
  const type = (text: string) => page.keyboard.type(text);

  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Перейти к основному содержанию' })).toBeFocused();
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('textbox', { name: 'Мобильный телефон' }));
  await type(account.phone);
  await page.keyboard.press('Enter');

  await expect(stepHeading(page, 'Код из SMS')).toBeFocused();
  await tabTo(page, page.getByRole('textbox', { name: 'Код подтверждения' }));
  await type(await readCode(page, account.phone));
  await page.keyboard.press('Enter');

  await expect(stepHeading(page, 'Личные данные')).toBeFocused();
  await tabTo(page, page.getByRole('textbox', { name: 'Фамилия' }));
  await type(account.surname);
  await page.keyboard.press('Tab');
  await type(account.name);
  await page.keyboard.press('Tab');
  await type(account.patronymic);
  await page.keyboard.press('Tab');
  await type(account.birthDate);
  await tabTo(page, page.getByRole('radio', { name: 'Женский' }));
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: 'Женский' })).toBeChecked();
  await tabTo(page, page.getByRole('textbox', { name: 'Электронная почта' }));
  await type(account.email);
  await page.keyboard.press('Enter');

  await expect(stepHeading(page, 'Пароль')).toBeFocused();
  const password = page.getByLabel('Пароль', { exact: true });
  await tabTo(page, password);
  await type(account.password);
  const show = page.getByRole('checkbox', { name: 'Показать пароль' });
  await tabTo(page, show);
  await page.keyboard.press('Space');
  await expect(password).toHaveAttribute('type', 'text');
  await tabTo(page, password, { back: true });
  await expect(password).toHaveValue(account.password);
  await tabTo(page, page.getByLabel('Пароль ещё раз', { exact: true }));
  await type(account.password);
  await page.keyboard.press('Enter');

  await expect(stepHeading(page, 'Согласие')).toBeFocused();
  await tabTo(page, consentBox(page));
  await page.keyboard.press('Space');
  await expect(consentBox(page)).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Создать учётную запись' }));
  await page.keyboard.press('Enter');
  await expectProfile(page, account);
  await expect(page.getByText('Анна, учётная запись создана.', { exact: false })).toBeVisible();
});

// Issue 19.12 through the UI by role and label: a backup phone added in «Профиль» with a code sent to it,
// then «Забыли пароль?» offers it (masked) beside the phone and e-mail, and the code sent there resets the
// password; phone-change codes can be sent again after the usual cool-down. axe on each new state.
import { expect, test, type Page } from '@playwright/test';
import { api } from './pages/app';
import {
  enterCode,
  field,
  lastMessageId,
  NEW_PASSWORD,
  phoneSection,
  readCode,
  registerViaUi,
  signIn,
  signOut,
  startResetViaUi,
  wrongCode,
} from './pages/account';
import { axeFindings } from './pages/axe';

test.beforeEach(() => test.slow());

const BACKUP = '+7 916 555-00-11';
const backups = (page: Page) => page.getByRole('region', { name: 'Резервные контакты' });

test('a backup phone confirmed by a code is offered by «Забыли пароль?», and its code resets the password', async ({ page }, info) => {
  const account = await registerViaUi(page);
  const section = backups(page);
  await expect(section.getByText('Не указан')).toHaveCount(2);
  await section.getByRole('button', { name: 'Добавить резервный телефон' }).click();
  await expect(field(page, 'Резервный телефон')).toBeFocused();

  await test.step('the main number is no backup: said at the field, what was typed stays', async () => {
    await field(page, 'Резервный телефон').fill(account.phone);
    await section.getByRole('button', { name: 'Получить код' }).click();
    await expect(field(page, 'Резервный телефон')).toHaveAttribute('aria-invalid', 'true');
    await expect(field(page, 'Резервный телефон')).toHaveValue(account.phone);
  });

  await field(page, 'Резервный телефон').fill(BACKUP);
  await section.getByRole('button', { name: 'Получить код' }).click();
  await expect(section.getByText('Мы отправили SMS с кодом на номер +7 916 ***-**-11.')).toBeVisible();
  await expect(field(page, 'Код подтверждения')).toBeFocused();
  const code = await readCode(page, BACKUP);
  // The profile has the e-mail's «Подтвердить e-mail» too: the code is typed in this section.
  const typeCode = async (value: string) => {
    await section.getByLabel('Код подтверждения').fill(value);
    await section.getByRole('button', { name: 'Подтвердить', exact: true }).click();
  };
  await typeCode(wrongCode(code));
  await expect(section.getByText('Код неверный. Осталось попыток: 2.')).toBeVisible();
  await typeCode(code);
  await expect(section.getByRole('status').filter({ hasText: 'подтверждён' })).toHaveText('Резервный телефон +7 916 555-00-11 подтверждён.');
  await expect(section.getByRole('button', { name: 'Удалить резервный телефон' })).toBeVisible();
  await page.screenshot({ path: info.outputPath('recovery-contacts.png'), fullPage: true });
  expect(await axeFindings(page)).toEqual([]);

  await signOut(page);
  await page.getByRole('link', { name: 'Забыли пароль?' }).click();
  // /login has a «Логин» field too: wait for the reset page before typing.
  await expect(page.getByRole('heading', { level: 1, name: 'Восстановление пароля' })).toBeVisible();
  await field(page, 'Логин').fill(account.phone);
  await page.getByRole('button', { name: 'Продолжить' }).click();
  const choices = page.getByRole('group', { name: 'Куда прислать код' });
  await expect(choices.getByRole('radio')).toHaveCount(3);
  await expect(choices.getByRole('radio', { name: 'SMS на телефон +7 9** ***-**-89' })).toBeChecked();
  await expect(choices.getByRole('radio', { name: 'SMS на резервный телефон +7 9** ***-**-11' })).toBeVisible();
  await expect(choices.getByRole('radio', { name: 'Письмо на почту an***@mail.ru' })).toBeVisible();
  await page.screenshot({ path: info.outputPath('recovery-reset-choices.png'), fullPage: true });
  expect(await axeFindings(page)).toEqual([]);

  const before = await lastMessageId(page, BACKUP);
  await page.getByRole('button', { name: 'Изменить логин' }).click();
  await startResetViaUi(page, account.phone, /^SMS на резервный телефон/);
  await expect(page.getByText('Мы отправили SMS с кодом на номер +7 9** ***-**-11.')).toBeVisible();
  await enterCode(page, await readCode(page, BACKUP, { after: before }));
  await field(page, 'Новый пароль').fill(NEW_PASSWORD);
  await field(page, 'Пароль ещё раз').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Сохранить пароль' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Пароль изменён.' })).toBeVisible();
  await signIn(page, account.phone, account, NEW_PASSWORD);
});

test('an unknown login gets choices that look like an account’s, and the same ones again', async ({ page }) => {
  await page.goto('/reset');
  const labels = async () => {
    await field(page, 'Логин').fill('112-233-445 95');
    await page.getByRole('button', { name: 'Продолжить' }).click();
    const radios = page.getByRole('group', { name: 'Куда прислать код' }).getByRole('radio');
    await expect(radios.first()).toBeVisible();
    const names = await radios.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).labels?.[0]?.textContent ?? ''));
    await page.getByRole('button', { name: 'Изменить логин' }).click();
    return names;
  };
  const first = await labels();
  expect(first[0]).toMatch(/^SMS на телефон \+7 9\*\* \*\*\*-\*\*-\d{2}$/);
  expect(first.some((name) => /^Письмо на почту \w{2}\*\*\*@/.test(name))).toBe(true);
  expect(await labels()).toEqual(first);
});

test('phone-change codes can be sent again after the cool-down; the new codes change the number', async ({ page }) => {
  await page.clock.install();
  const account = await registerViaUi(page);
  const section = phoneSection(page);
  await section.getByRole('button', { name: 'Изменить номер' }).click();
  await field(page, 'Новый номер телефона').fill('+7 912 765-43-21');
  await section.getByRole('button', { name: 'Получить коды' }).click();
  const again = section.getByRole('button', { name: /^Новые коды — через \d+ с$|^Отправить коды ещё раз$/ });
  await expect(again).toBeDisabled();
  await expect(again).toHaveText(/Новые коды — через (60|59) с/);
  const oldCurrent = await readCode(page, account.phone);
  const afterOld = await lastMessageId(page, account.phone);
  const afterNew = await lastMessageId(page, '+79127654321');

  // A minute passes for the department (its cool-down) and for the page (its countdown).
  expect((await api(page, 'POST', '/api/_sim/clock', { advanceMs: 61_000, keepSessions: true })).status).toBe(200);
  await page.clock.fastForward('01:01');
  await expect(again).toHaveText('Отправить коды ещё раз');
  await again.click();
  await expect(section.getByRole('status')).toHaveText('Новые коды отправлены на +7 912 ***-**-89 и +7 912 ***-**-21.');
  await expect(field(page, 'Код с текущего номера')).toBeFocused();
  await expect(again).toBeDisabled();
  expect(await axeFindings(page)).toEqual([]);
  const current = await readCode(page, account.phone, { after: afterOld });
  const next = await readCode(page, '+79127654321', { after: afterNew });
  expect(current).not.toBe(oldCurrent);
  await field(page, 'Код с текущего номера').fill(current);
  await field(page, 'Код с нового номера').fill(next);
  await section.getByRole('button', { name: 'Сменить номер' }).click();
  await expect(section.getByRole('status')).toContainText('Номер телефона изменён на +7 912 765-43-21.');
});

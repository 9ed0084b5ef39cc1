// Issue 19.12 through the UI by role and label: someone who lost every contact asks support from the
// reset page; the clerk sees the account that matches and issues a temporary password, which reaches the
// contact given; signing in with it leads only to «Смените временный пароль» — nothing else opens until
// a new one is saved — and after that the new password signs in. axe on the request, the console and the
// change page.
import { expect, test } from '@playwright/test';
import { errorSummary, field, signOut, submitLogin } from './pages/account';
import { qaInbox } from './pages/app';
import { signInOperator } from './pages/operator';
import { CITIZEN, PASSPORT, saveProfileByApi, signUpCitizen } from './pages/profile';
import { axeFindings } from './pages/axe';

test.beforeEach(() => test.slow());

const CONTACT = 'maria.new@mail.ru';
const NEW = 'Sinij!Most42';

test('a request to support, a temporary password from the clerk, and the change it forces at sign-in', async ({ page, context }, info) => {
  await signUpCitizen(page);
  await saveProfileByApi(page);
  await signOut(page);

  await page.getByRole('link', { name: 'Забыли пароль?' }).click();
  await page.getByRole('link', { name: 'Восстановить доступ через поддержку' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Восстановление доступа через поддержку' })).toBeVisible();

  await test.step('a document and a reachable contact are required: said in the error summary', async () => {
    await field(page, 'Фамилия').fill(CITIZEN.surname);
    await field(page, 'Имя').fill(CITIZEN.name);
    await field(page, 'Дата рождения').fill(CITIZEN.birthDate);
    await field(page, 'Как с вами связаться').fill('не помню');
    await page.getByRole('button', { name: 'Отправить запрос' }).click();
    await expect(errorSummary(page)).toContainText('Укажите СНИЛС или серию и номер паспорта');
    await expect(errorSummary(page)).toContainText('Укажите телефон (+7 и 10 цифр) или адрес электронной почты');
    await expect(field(page, 'Фамилия')).toHaveValue(CITIZEN.surname);
    expect(await axeFindings(page)).toEqual([]);
  });

  await field(page, 'Серия паспорта').fill(PASSPORT.series);
  await field(page, 'Номер паспорта').fill(PASSPORT.number);
  await field(page, 'Как с вами связаться').fill(CONTACT);
  await page.getByRole('button', { name: 'Отправить запрос' }).click();
  const sent = page.getByRole('heading', { name: /^Запрос № \d{8} принят$/ });
  await expect(sent).toBeFocused();
  const number = /№ (\d{8})/.exec((await sent.textContent()) ?? '')![1]!;
  await expect(page.getByText(/ответит на ma\*\*\*@mail\.ru в течение суток/)).toBeVisible();
  await page.screenshot({ path: info.outputPath('recovery-request-sent.png'), fullPage: true });
  expect(await axeFindings(page)).toEqual([]);

  await test.step('the clerk sees the matching account and issues a temporary password', async () => {
    const clerk = await context.newPage();
    await signInOperator(clerk);
    await clerk.getByRole('link', { name: 'Учётные записи граждан' }).click();
    const requests = clerk.getByRole('region', { name: 'Восстановление доступа' });
    await expect(requests).toContainText(`Иванова Мария Петровна, телефон +7 9** ***-**-89`);
    expect(await axeFindings(clerk)).toEqual([]);
    await clerk.screenshot({ path: info.outputPath('recovery-console.png'), fullPage: true });
    await requests.getByRole('button', { name: `Выдать временный пароль: запрос № ${number}` }).click();
    await expect(requests.getByRole('status')).toHaveText(`Запрос № ${number}: временный пароль отправлен на ${CONTACT}.`);
    await expect(requests.getByText('Доступ восстановлен')).toBeVisible();
    await clerk.close();
  });

  // The letter reaches the contact given; the request's page can open that mailbox.
  const [mailbox] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: 'Открыть сообщения на этом контакте' }).click()]);
  await expect(mailbox.getByText(/Временный пароль: \S+\./)).toBeVisible();
  await mailbox.close();
  const letter = (await qaInbox(page, `channel=email&to=${encodeURIComponent(CONTACT)}`))[0]!;
  const temporary = /Временный пароль: (\S+)\./.exec(letter.body)![1]!;

  await test.step('sign-in with it leads only to «Смените временный пароль»; nothing else opens', async () => {
    await page.getByRole('link', { name: 'Ко входу' }).click();
    await submitLogin(page, CITIZEN.phone, temporary);
    await expect(page.getByRole('heading', { level: 1, name: 'Смените временный пароль' })).toBeVisible();
    await expect(field(page, 'Новый пароль')).toBeFocused();
    await page.goto('/profile');
    await expect(page).toHaveURL(/\/login/);
    await submitLogin(page, CITIZEN.phone, temporary);
    await field(page, 'Новый пароль').fill(temporary);
    await field(page, 'Пароль ещё раз').fill(temporary);
    await page.getByRole('button', { name: 'Сохранить пароль и войти' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Новый пароль должен отличаться от временного.' }).first()).toBeVisible();
    await page.screenshot({ path: info.outputPath('recovery-change.png'), fullPage: true });
    expect(await axeFindings(page)).toEqual([]);
  });

  await field(page, 'Новый пароль').fill(NEW);
  await field(page, 'Пароль ещё раз').fill(NEW);
  await page.getByRole('button', { name: 'Сохранить пароль и войти' }).click();
  await expect(page).toHaveURL(/\/profile$/);
  await expect(page.getByRole('heading', { level: 1, name: `${CITIZEN.surname} ${CITIZEN.name} ${CITIZEN.patronymic}` })).toBeVisible();
  await signOut(page);
  await submitLogin(page, CITIZEN.phone, NEW);
  await expect(page).toHaveURL(/\/profile$/);
});

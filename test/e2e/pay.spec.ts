// Paying: a passport fee by card with 3-D Secure and the application sent with it, declines, a gateway
// timeout that never charges twice, fines found by resolution number, and axe on every payment screen.
import { expect, test, type Page } from '@playwright/test';
import { api } from './pages/app';
import { confirmedCitizen, signingCode } from './pages/apply';
import * as fines from './pages/fines';
import {
  confirm3ds,
  GOOD_CARD,
  internalPassportToFee,
  jump,
  MIR_CARD,
  next,
  openFeeInvoice,
  paid,
  payWithCard,
  payWithWallet,
  POOR_CARD,
  receipts,
  TIMEOUT_CHARGED_CARD,
  TIMEOUT_NOT_CHARGED_CARD,
} from './pages/pay';
import { callApi, signUpCitizen } from './pages/profile';
import { axeFindings } from './pages/axe';

const alert = (page: Page) => page.getByRole('alert');

test('a passport fee paid by card with the 3-D Secure code from the SMS inbox, then the application is sent', async ({ page }) => {
  test.setTimeout(120_000);
  await confirmedCitizen(page);
  await internalPassportToFee(page);
  await expect(page.getByText('300,00 ₽')).toBeVisible();

  // Continue before paying: the wizard explains and stays; the draft offers «Оплатить».
  await next(page);
  await expect(alert(page).getByText(/Сначала оплатите госпошлину/)).toBeVisible();
  await page.getByRole('navigation', { name: 'Основные разделы' }).getByRole('link', { name: 'Мои заявления' }).click();
  await expect(page.getByText('Госпошлина не оплачена')).toBeVisible();
  await page.getByRole('link', { name: 'Оплатить', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Госпошлина' })).toBeVisible();

  await page.getByRole('link', { name: 'Оплатить', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Оплата' })).toBeVisible();
  await expect(page.getByText('Госпошлина за выдачу или замену паспорта', { exact: false }).first()).toBeVisible();
  await page.getByLabel('Номер карты').fill('22000000');
  await expect(page.getByLabel('Номер карты')).toHaveValue('2200 0000');
  await expect(page.getByText('Платёжная система: Мир')).toBeVisible();
  await confirm3ds(page, await payWithCard(page, MIR_CARD));
  await expect(paid(page)).toBeFocused();
  await expect(page.getByText('Мир •••• 0004')).toBeVisible();

  await page.getByRole('link', { name: 'Вернуться к заявлению' }).click();
  await expect(page.getByText('Госпошлина оплачена. Можно продолжать.')).toBeVisible();
  await next(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Подтверждение и отправка' })).toBeVisible();
  await page.getByLabel(/Подтверждаю, что данные верны/).check();
  await page.getByRole('button', { name: 'Получить код и отправить' }).click();
  await page.getByLabel('Код подтверждения').fill(await signingCode(page));
  await page.getByRole('button', { name: 'Подтвердить' }).click();
  await expect(page.getByText('Заявление отправлено.')).toBeVisible();
  const number = (await page.locator('.notice .reference').textContent()) ?? '';
  await expect.poll(async () => (await receipts(page)).map((r) => [r.amountKopecks, r.applicationNumber])).toEqual([[30_000, number]]);
});

test('a card without money is declined with the reason, and a good card then pays the same invoice once', async ({ page }) => {
  await signUpCitizen(page, '/');
  const invoiceId = await openFeeInvoice(page);
  await confirm3ds(page, await payWithCard(page, POOR_CARD));
  await expect(alert(page).getByText(/^Недостаточно средств: банк отклонил платёж, деньги не списаны/)).toBeVisible();
  // Nothing typed is lost: only the number changes.
  await expect(page.getByLabel('Имя владельца')).toHaveValue('maria ivanova');
  await confirm3ds(page, await payWithCard(page, GOOD_CARD));
  await expect(paid(page)).toBeVisible();
  expect((await receipts(page)).map((r) => r.invoiceId)).toEqual([invoiceId]);
});

for (const { card, outcome } of [
  { card: TIMEOUT_CHARGED_CARD, outcome: 'paid' },
  { card: TIMEOUT_NOT_CHARGED_CARD, outcome: 'failed' },
] as const) {
  test(`a gateway timeout is checked, never charged twice (${outcome} when the bank answers)`, async ({ page }) => {
    await signUpCitizen(page, '/');
    const invoiceId = await openFeeInvoice(page);
    await confirm3ds(page, await payWithCard(page, card));
    await expect(page.getByRole('heading', { level: 2, name: 'Платёж проверяется' })).toBeVisible();
    await expect(page.getByText(/Платёж проверяется — деньги не спишутся дважды/)).toBeVisible();
    expect((await callApi<{ status: string }>(page, 'GET', `/api/payments/invoices/${invoiceId}`)).body.status).toBe('processing');

    await jump(page, 61_000);
    await page.getByRole('button', { name: 'Проверить статус' }).click();
    if (outcome === 'paid') {
      await expect(paid(page)).toBeVisible();
    } else {
      await expect(alert(page).getByText(/Банк так и не подтвердил платёж: деньги не списаны/)).toBeVisible();
      await confirm3ds(page, await payWithCard(page, GOOD_CARD));
      await expect(paid(page)).toBeVisible();
    }
    expect((await receipts(page)).filter((r) => r.invoiceId === invoiceId)).toHaveLength(1);
  });
}

test('a fine found by its resolution number is paid, and the search shows it paid', async ({ page }) => {
  await signUpCitizen(page, '/');
  await fines.open(page);
  const uin = '18810177260301000123';
  await fines.searchByUin(page, uin);
  await expect(fines.found(page, 1)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/fines\\?uin=${uin}$`)); // a plain number a person can read and share
  await fines.payChosen(page);
  await expect(fines.nothingChosen(page)).toBeVisible();
  await fines.pay(page);
  await expect(page.getByText(uin).first()).toBeVisible();

  await payWithWallet(page, 'ivanova@example.ru');
  await expect(paid(page)).toBeVisible();
  await page.getByRole('link', { name: 'Вернуться к штрафам' }).click();
  await expect(page.getByText('Оплачен', { exact: true })).toBeVisible();
  expect((await receipts(page)).map((r) => r.uins)).toEqual([[uin]]);

  // By documents: the test licence has three fines.
  await fines.searchByLicence(page, '77 АВ 654321');
  await expect(fines.found(page, 3)).toBeVisible();
});

test('axe: the pay page with each method, the 3-D Secure step, the bank screen, a terminal order, fines', async ({ page }) => {
  test.setTimeout(150_000); // axe on every method, the bank screens and a terminal order
  await signUpCitizen(page, '/');
  await openFeeInvoice(page);
  // A card with mistakes: the summary and each field say what is wrong.
  await page.getByLabel('Номер карты').fill('4111 1111 1111 1112');
  await page.getByRole('button', { name: /^Оплатить \d/ }).click();
  await expect(alert(page).getByRole('link', { name: /Номер карты: В номере карты ошибка/ })).toBeVisible();
  expect(await axeFindings(page)).toEqual([]);
  for (const method of [/^Электронный кошелёк/, /^Интернет-банк/, /^Терминал/, /^Со счёта мобильного телефона/]) {
    await page.getByLabel(method).check();
    expect(await axeFindings(page), String(method)).toEqual([]);
  }

  await page.getByLabel(/^Интернет-банк/).check();
  await page.getByLabel('Т-Банк', { exact: true }).check();
  await page.getByRole('button', { name: /^Оплатить \d/ }).click();
  await expect(page.getByText(/Вы перешли в интернет-банк «Т-Банк»/)).toBeVisible();
  expect(await axeFindings(page)).toEqual([]);
  await page.getByRole('button', { name: 'Отменить' }).click();
  await expect(alert(page).getByText(/Платёж отменён в интернет-банке/)).toBeVisible();

  await page.getByLabel(/^Банковская карта/).check();
  await page.getByLabel('Номер карты').fill(GOOD_CARD);
  await payWithCard(page, GOOD_CARD);
  await expect(page.getByLabel('Код подтверждения')).toBeVisible();
  expect(await axeFindings(page)).toEqual([]);

  await page.getByRole('button', { name: 'Выбрать другой способ' }).click();
  await page.getByLabel(/^Терминал/).check();
  await page.getByRole('button', { name: 'Получить номер заказа' }).click();
  const order = (await page.locator('.ticket .reference').textContent()) ?? '';
  await expect(page.getByRole('img', { name: `QR-код для оплаты заказа ${order}` })).toBeVisible();
  expect(await axeFindings(page)).toEqual([]);
  expect((await api(page, 'POST', `/api/_sim/payments/${order}/paid`)).status).toBe(200);
  await expect(paid(page)).toBeVisible();
  expect(await axeFindings(page)).toEqual([]);

  await fines.open(page, { licence: '77АВ654321' });
  await expect(fines.found(page, 3)).toBeVisible();
  expect(await axeFindings(page)).toEqual([]);
});

test('«Платежи» lists what is still to pay and leads to the fines; a paid bill leaves the list', async ({ page }) => {
  await signUpCitizen(page, '/');
  await page.getByRole('navigation', { name: 'Основные разделы' }).getByRole('link', { name: 'Платежи' }).click();
  const due = page.getByRole('region', { name: 'К оплате' });
  await expect(due.getByText('Неоплаченных счетов нет.', { exact: false })).toBeVisible();
  await due.getByRole('link', { name: 'Найти и оплатить штрафы' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Штрафы' })).toBeVisible();

  // A fine chosen for paying but left unpaid waits under «К оплате».
  await fines.searchByUin(page, '18810177260301000123');
  await expect(fines.found(page, 1)).toBeVisible();
  await fines.pay(page);
  await expect(page.getByText('18810177260301000123').first()).toBeVisible();
  await page.getByRole('navigation', { name: 'Основные разделы' }).getByRole('link', { name: 'Платежи' }).click();
  const bill = due.getByRole('list', { name: 'Неоплаченные счета' }).getByRole('listitem');
  await expect(bill).toHaveCount(1);
  await expect(bill).toContainText('Штраф');
  expect(await axeFindings(page)).toEqual([]);
  await bill.getByRole('link', { name: /^Оплатить: / }).click();
  await expect(page.getByRole('link', { name: 'Вернуться к платежам' })).toBeVisible();
  await payWithWallet(page, 'ivanova@example.ru');
  await expect(paid(page)).toBeVisible();
  await page.getByRole('navigation', { name: 'Основные разделы' }).getByRole('link', { name: 'Платежи' }).click();
  await expect(due.getByText('Неоплаченных счетов нет.', { exact: false })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Квитанции' }).getByRole('listitem')).toHaveCount(1);
});

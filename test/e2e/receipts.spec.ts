// «Мои платежи»: payments made quickly through the API, then the list with its period sum and filters,
// one receipt's PDF and e-mail, refunds (offered only where the rules allow, why not elsewhere; a paid-back duplicate), and the
// receipts inside the data-rights export archive.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { formatMoney } from '../../src/domain/money';
import { documentText } from '../support/pdfText';
import { api } from './pages/app';
import { CITIZEN, signUpCitizen } from './pages/profile';
import * as receipts from './pages/receipts';
import { expectTotal, money, payByApi as pay, payFeeByApi as payFee, plain, rows, type Receipt } from './pages/receipts';
import { axeFindings } from './pages/axe';

const DAY = 86_400_000;
const FINE_UIN = '18810177230000123456';
const moscowDay = (ms: number) => new Date(ms + 3 * 3_600_000).toISOString().slice(0, 10);

async function jump(page: Page, ms: number): Promise<void> {
  expect((await api(page, 'POST', '/api/_sim/clock', { advanceMs: ms, keepSessions: true })).status).toBe(200);
}

test('the list sums the period, date and amount filters change the sum, a receipt downloads as PDF and goes by e-mail', async ({ page }, info) => {
  test.setTimeout(90_000);
  await signUpCitizen(page, '/');
  const { nowMs } = (await api<{ nowMs: number }>(page, 'GET', '/api/_sim/clock')).body;
  const passport = await payFee(page, 'internal-passport');
  await jump(page, 2 * DAY);
  const licence = await payFee(page, 'driving-licence');
  await jump(page, 2 * DAY);
  const fine = await pay(page, { kind: 'fine', fineIds: [FINE_UIN] });
  const all = [passport, licence, fine];
  const sum = (list: Receipt[]) => list.reduce((total, r) => total + r.amountKopecks, 0);

  await receipts.open(page);
  await expect(rows(page)).toHaveCount(3);
  await expectTotal(page, sum(all));
  expect(await axeFindings(page)).toEqual([]);

  await receipts.filter(page, { from: moscowDay(nowMs + 2 * DAY) });
  await expectTotal(page, sum([licence, fine]));
  await receipts.filter(page, { to: moscowDay(nowMs + 2 * DAY) });
  await expectTotal(page, licence.amountKopecks);
  await expect(rows(page)).toHaveCount(1);
  await receipts.resetFilters(page);
  await expectTotal(page, sum(all));

  await receipts.filter(page, { minRub: '1000' });
  await expectTotal(page, sum(all.filter((r) => r.amountKopecks >= 100_000)));
  await expect(page).toHaveURL(/min=1000/);
  await receipts.filter(page, { maxRub: '350' });
  await expectTotal(page, 0);
  await expect(page.getByText('По этим фильтрам квитанций нет.')).toBeVisible();
  await receipts.resetFilters(page);

  await receipts.openReceipt(page, 'Штраф');
  await expect(page.getByText(FINE_UIN, { exact: true })).toBeVisible();
  await expect(page.getByText(fine.transactionId)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Получатель и реквизиты' })).toBeVisible();
  expect(await axeFindings(page)).toEqual([]);

  const file = info.outputPath('receipt.pdf');
  await receipts.downloadPdf(page, file);
  const text = plain(documentText(await PDFDocument.load(readFileSync(file))));
  expect(text).toContain(money(fine.amountKopecks));
  expect(text).toContain(fine.transactionId);

  await receipts.sendByEmail(page);
  await expect(page.getByRole('status').filter({ hasText: `Квитанция отправлена на ${CITIZEN.email}` })).toBeVisible();
  await page.goto('/inbox?channel=email');
  await expect(page.getByText(`Квитанция об оплате: ${formatMoney(fine.amountKopecks)}`)).toBeVisible();
});

test('«Вернуть деньги» is offered only where the rules allow a refund: a fine paid once says why; a duplicate is refunded and its status moves to «Деньги возвращены»', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signUpCitizen(page, '/');
  const fine = await pay(page, { kind: 'fine', fineIds: [FINE_UIN] });
  const once = await payFee(page, 'internal-passport');
  const twice = await payFee(page, 'internal-passport');

  // A fine paid once: no form that could only be refused, but why not and when a refund is possible.
  await page.goto(`/payments/${fine.id}`);
  await expect(receipts.refundPanel(page)).toContainText('Вернуть деньги нельзя.');
  await expect(receipts.refundPanel(page)).toContainText('Другого платежа за то же самое не найдено');
  await expect(receipts.refundPanel(page)).toContainText('Вернуть можно лишний, повторный платёж');
  await expect(receipts.refundButton(page)).toHaveCount(0);
  expect(await axeFindings(page)).toEqual([]);

  // A fee paid twice: only the reason the rules allow is offered.
  await page.goto(`/payments/${twice.id}`);
  await expect(page.getByLabel('Оплатил дважды')).toBeChecked();
  await expect(page.getByLabel('В услуге отказали до начала рассмотрения')).toHaveCount(0);
  expect(await axeFindings(page)).toEqual([]);
  await receipts.requestRefund(page);
  await expect(page.getByRole('status').filter({ hasText: 'Возврат запрошен' })).toBeVisible();

  // With its twin asked back, the first payment is no longer a duplicate.
  await page.goto(`/payments/${once.id}`);
  await expect(receipts.refundPanel(page)).toContainText('Другого платежа за то же самое не найдено');
  await expect(receipts.refundButton(page)).toHaveCount(0);

  await page.goto('/payments');
  const refunds = receipts.refunds(page);
  await expect(refunds.getByRole('listitem')).toHaveCount(1);
  await expect(refunds).toContainText('Возврат запрошен');
  await expect(rows(page).filter({ hasText: 'Возврат запрошен' })).toHaveCount(1);
  await jump(page, 10 * DAY);
  await page.reload();
  await expect(refunds).toContainText('Деньги возвращены');
});

test('the data-rights export carries every receipt, and the device shows them while the server is down', async ({ page }, info) => {
  test.setTimeout(90_000);
  await signUpCitizen(page, '/');
  const paid = [await payFee(page, 'internal-passport'), await pay(page, { kind: 'fine', fineIds: [FINE_UIN] })];

  await page.goto('/profile/privacy');
  await page.getByRole('button', { name: 'Скачать мои данные' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: /^Сохранить файл/ }).click();
  const file = info.outputPath('archive.okno.json');
  await (await download).saveAs(file);
  const archive = JSON.parse(readFileSync(file, 'utf8')) as {
    payload: { version: number; receiptsAsOf?: number; tables: { receipts: { id: string }[] } };
  };
  expect(archive.payload.version).toBe(2);
  expect(archive.payload.receiptsAsOf).toEqual(expect.any(Number));
  expect(archive.payload.tables.receipts.map((r) => r.id).sort()).toEqual(paid.map((r) => r.id).sort());

  // The page stays open (a reload would wait for the session check the outage refuses): go by the menu.
  expect((await api(page, 'POST', '/api/_sim/faults', { outage: true })).status).toBe(200);
  await page.getByRole('navigation', { name: 'Основные разделы' }).getByRole('link', { name: 'Платежи' }).click();
  await expect(page.getByText('Сервер недоступен: показаны квитанции, сохранённые на этом устройстве.')).toBeVisible();
  await expect(rows(page)).toHaveCount(2);
  await expectTotal(page, paid[0]!.amountKopecks + paid[1]!.amountKopecks);
  expect((await api(page, 'POST', '/api/_sim/faults', { outage: false })).status).toBe(200);
});

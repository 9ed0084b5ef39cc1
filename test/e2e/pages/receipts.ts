// «Мои платежи» (/payments) and one receipt: the list with its period sum and filters, a receipt's PDF
// and e-mail, and refunds. `payByApi` makes a paid receipt quickly (card + 3-D Secure through the API)
// for tests about the list rather than the paying.
import { expect, type Locator, type Page } from '@playwright/test';
import { formatMoney } from '../../../src/domain/money';
import { qaInbox } from './app';
import { callApi } from './profile';

export type Receipt = { id: string; kind: string; amountKopecks: number; transactionId: string; purpose: { ru: string } };
const CARD = { number: '4111 1111 1111 1111', expiry: '12/30', cvc: '123', holder: 'IVAN IVANOV' };

/** Money as text with any space normalised: a page or a PDF may use a no-break one. */
export const money = (kopecks: number): string => formatMoney(kopecks).replace(/\s/g, ' ');
export const plain = (text: string | null): string => (text ?? '').replace(/\s/g, ' ');

export const rows = (page: Page): Locator => page.getByRole('list', { name: 'Квитанции' }).getByRole('listitem');
export const totalLine = (page: Page): Locator => page.getByText(/^Итого за период:/);
export const refunds = (page: Page): Locator => page.getByRole('list', { name: 'Заявки на возврат' });
export const refundPanel = (page: Page): Locator => page.getByRole('region', { name: 'Возврат денег' });
export const refundButton = (page: Page): Locator => page.getByRole('button', { name: 'Вернуть деньги' });

/** Pays an invoice by card through 3-D Secure with the code from the simulated SMS inbox (no pages). */
export async function payByApi(page: Page, invoice: Record<string, unknown>): Promise<Receipt> {
  const created = await callApi<{ id: string }>(page, 'POST', '/api/payments/invoices', invoice);
  expect(created.status).toBe(201);
  const step = await callApi<{ attemptId: string }>(page, 'POST', `/api/payments/invoices/${created.body.id}/pay`, { method: 'card', card: CARD });
  expect(step.status).toBe(201);
  const sms = await qaInbox(page, 'channel=sms');
  const code = /Код: (\d{6})/.exec(sms[0]?.body ?? '')?.[1];
  const done = await callApi<{ receipt: Receipt }>(page, 'POST', `/api/payments/invoices/${created.body.id}/confirm`, {
    attemptId: step.body.attemptId,
    code,
  });
  expect(done.status).toBe(200);
  return done.body.receipt;
}

/** A paid state fee for a new draft of `serviceId`. */
export const payFeeByApi = (page: Page, serviceId: string): Promise<Receipt> =>
  payByApi(page, { kind: 'fee', serviceId, draftId: crypto.randomUUID() });

/** Opens «Мои платежи». */
export async function open(page: Page): Promise<void> {
  await page.goto('/payments');
  await expect(page.getByRole('heading', { level: 1, name: 'Мои платежи' })).toBeVisible();
}

/** «Итого за период: …» shows `kopecks`. */
export async function expectTotal(page: Page, kopecks: number): Promise<void> {
  await expect.poll(async () => plain(await totalLine(page).textContent())).toBe(`Итого за период: ${money(kopecks)}`);
}

/** Sets the filters a person types in (dates as YYYY-MM-DD, amounts in roubles); omitted ones stay. */
export async function filter(page: Page, by: { from?: string; to?: string; minRub?: string; maxRub?: string }): Promise<void> {
  if (by.from !== undefined) await page.getByLabel('Оплачено с').fill(by.from);
  if (by.to !== undefined) await page.getByLabel('Оплачено по').fill(by.to);
  if (by.minRub !== undefined) await page.getByLabel('Сумма от, ₽').fill(by.minRub);
  if (by.maxRub !== undefined) await page.getByLabel('Сумма до, ₽').fill(by.maxRub);
}

export async function resetFilters(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Сбросить фильтры' }).click();
}

/** Opens the receipt whose row shows `text` (e.g. «Штраф»). */
export async function openReceipt(page: Page, text: string): Promise<void> {
  await rows(page).filter({ hasText: text }).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Квитанция об оплате' })).toBeVisible();
}

/** «Скачать PDF» on a receipt; saves the file to `path`. */
export async function downloadPdf(page: Page, path: string): Promise<void> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Скачать PDF' }).click();
  await (await download).saveAs(path);
}

/** «Отправить на почту» on a receipt. */
export async function sendByEmail(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Отправить на почту' }).click();
}

/** «Вернуть деньги» with the reason the page offers. */
export async function requestRefund(page: Page): Promise<void> {
  await refundButton(page).click();
  await expect(page.getByText('Заявка на возврат принята.')).toBeVisible();
}

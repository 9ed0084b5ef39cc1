// Page helpers of the payment specs: a fee invoice made through the API, a passport application walked
// to its fee page, the card form, the 3-D Secure code from the simulated SMS inbox, and the clock.
import { expect, type Page } from '@playwright/test';
import { api } from './app';
import { lastMessageId, readCode } from './account';
import { bookWizardVisit } from './booking';
import { callApi, CITIZEN, fixture } from './profile';

/** The passport desk the payment stories book (an МФЦ in Moscow that takes online bookings). */
export const PASSPORT_DESK = 'МФЦ «Мои документы» Центральный — Москва, ул. Лесная, 12';
export const GOOD_CARD = '4111 1111 1111 1111';
export const MIR_CARD = '2200 0000 0000 0004';
export const POOR_CARD = '4000 0000 0000 0002';
export const TIMEOUT_CHARGED_CARD = '4000 0000 0000 0119';
export const TIMEOUT_NOT_CHARGED_CARD = '2200 0000 0000 0012';

export interface Receipt {
  invoiceId: string;
  amountKopecks: number;
  applicationNumber?: string;
  uins?: string[];
}

/** A fee invoice for a new draft id, made as the wizard's fee page makes it; opens its pay page. */
export async function openFeeInvoice(page: Page, serviceId = 'internal-passport'): Promise<string> {
  const draftId = await page.evaluate(() => crypto.randomUUID());
  const created = await callApi<{ id: string }>(page, 'POST', '/api/payments/invoices', { kind: 'fee', serviceId, draftId });
  expect(created.status).toBe(201);
  await page.goto(`/pay/${created.body.id}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Что вы оплачиваете' })).toBeVisible();
  return created.body.id;
}

export const next = (page: Page) => page.getByRole('button', { name: 'Продолжить' }).click();
const stepTitle = (page: Page, name: string) => page.getByRole('heading', { level: 2, name, exact: true });

/** From the catalog to the fee page of a replacement internal passport; profile answers are prefilled. */
export async function internalPassportToFee(page: Page): Promise<void> {
  await page.goto('/catalog/internal-passport/apply');
  await expect(stepTitle(page, 'Причина обращения')).toBeVisible();
  await page.getByLabel('Замена в 20 лет').check();
  await next(page);
  await expect(stepTitle(page, 'Заявитель')).toBeVisible();
  await expect(page.getByLabel('Фамилия')).toHaveValue(CITIZEN.surname);
  await page.getByLabel('Женский').check();
  await page.getByLabel('Место рождения').fill('г. Москва');
  await next(page);
  for (const title of ['Нынешний паспорт', 'Адрес регистрации', 'Контакты']) {
    await expect(stepTitle(page, title)).toBeVisible();
    await next(page);
  }
  // The photo and fingerprints are taken at the passport desk: a real slot is booked in the wizard.
  await bookWizardVisit(page, PASSPORT_DESK);
  await next(page);
  await expect(stepTitle(page, 'Документы')).toBeVisible();
  const photo = page.getByRole('group', { name: /Цветная фотография/ });
  await photo.getByLabel('Выбрать файл').setInputFiles(fixture('sample.jpg'));
  await expect(photo.getByText('Приложен файл «sample.jpg»')).toBeVisible();
  await next(page);
  await expect(stepTitle(page, 'Способ получения результата')).toBeVisible();
  await page.getByLabel(/В МФЦ/).check();
  await next(page);
  await expect(stepTitle(page, 'Проверьте данные')).toBeVisible();
  await next(page);
  await expect(stepTitle(page, 'Госпошлина')).toBeVisible();
}

/** Types a card (any future expiry, any CVC, a Latin name) and presses «Оплатить …». */
export async function payWithCard(page: Page, number: string): Promise<number> {
  const after = await lastMessageId(page, CITIZEN.phone);
  await page.getByLabel('Номер карты').fill(number);
  await page.getByLabel('Срок действия').fill('1235');
  await page.getByLabel('CVC/CVV').fill('123');
  await page.getByLabel('Имя владельца').fill('maria ivanova');
  await page.getByRole('button', { name: /^Оплатить \d/ }).click();
  return after;
}

/** Pays with an electronic wallet (no confirmation step): the wallet is a phone or an e-mail. */
export async function payWithWallet(page: Page, wallet: string): Promise<void> {
  await page.getByLabel(/^Электронный кошелёк/).check();
  await page.getByLabel('Кошелёк: телефон или e-mail').fill(wallet);
  await page.getByRole('button', { name: /^Оплатить \d/ }).click();
}

/** «Оплачено»: the heading the pay page shows (and focuses) when the money went through. */
export const paid = (page: Page) => page.getByRole('heading', { level: 2, name: 'Оплачено' });

/** Reads the 3-D Secure code the bank «sent» to the account phone and confirms it. */
export async function confirm3ds(page: Page, after: number): Promise<void> {
  await expect(page.getByRole('heading', { level: 2, name: 'Подтверждение оплаты (3-D Secure)' })).toBeFocused();
  const code = await readCode(page, CITIZEN.phone, { after });
  await page.getByLabel('Код подтверждения').fill(code);
  await page.getByRole('button', { name: 'Подтвердить', exact: true }).click();
}

export async function receipts(page: Page): Promise<Receipt[]> {
  const listed = await callApi<{ receipts: Receipt[] }>(page, 'GET', '/api/payments/receipts');
  expect(listed.status).toBe(200);
  return listed.body.receipts;
}

/** Moves the simulated clock; the citizen stays signed in. */
export async function jump(page: Page, ms: number): Promise<void> {
  expect((await api(page, 'POST', '/api/_sim/clock', { advanceMs: ms, keepSessions: true })).status).toBe(200);
}

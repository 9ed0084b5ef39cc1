// «Штрафы» (/fines) as a driver uses it: search by resolution number (УИН) or by the licence and
// vehicle papers, tick the unpaid ones and go to the pay page, then back to the list.
import { expect, type Locator, type Page } from '@playwright/test';

/** The «Найдено штрафов: N» heading over the results. */
export const found = (page: Page, count: number): Locator => page.getByRole('heading', { level: 2, name: `Найдено штрафов: ${count}` });
/** A fine's tick box (the one box when `uin` is omitted). */
export const choice = (page: Page, uin?: string): Locator =>
  uin ? page.getByRole('listitem').filter({ hasText: uin }).getByRole('checkbox') : page.getByRole('checkbox');
/** The form's explanation when nothing payable was ticked. */
export const nothingChosen = (page: Page): Locator => page.getByRole('alert').getByText('Отметьте хотя бы один неоплаченный штраф.');

/** Opens «Штрафы»; with `licence`, the search by documents runs at once (the address keeps it). */
export async function open(page: Page, { licence }: { licence?: string } = {}): Promise<void> {
  await page.goto(licence ? `/fines?licence=${encodeURIComponent(licence)}` : '/fines');
  await expect(page.getByRole('heading', { level: 1, name: 'Штрафы' })).toBeVisible();
}

/** Searches by the resolution number (УИН). */
export async function searchByUin(page: Page, uin: string): Promise<void> {
  await page.getByLabel('Номер постановления (УИН)', { exact: true }).fill(uin);
  await page.getByRole('button', { name: 'Найти' }).click();
}

/** Searches by the driving licence (switching the search to documents). */
export async function searchByLicence(page: Page, licence: string): Promise<void> {
  await page.getByLabel('Водительскому удостоверению и СТС').check();
  await page.getByLabel('Водительское удостоверение').fill(licence);
  await page.getByRole('button', { name: 'Найти' }).click();
}

/** Ticks a fine (the only one when `uin` is omitted). */
export async function choose(page: Page, uin?: string): Promise<void> {
  await choice(page, uin).check();
}

/** Presses «Оплатить выбранные»: the pay page opens when something payable is ticked. */
export async function payChosen(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Оплатить выбранные' }).click();
}

/** Ticks `uin` and goes to its pay page. */
export async function pay(page: Page, uin?: string): Promise<void> {
  await choose(page, uin);
  await payChosen(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Оплата' })).toBeVisible();
}

// «Мои заявления» as a person reads it: the count the filters found, the rows of the scrollable list,
// one application opened by its number.
import { expect, type Locator, type Page } from '@playwright/test';

/** The list of sent applications (virtualised: only the rows near the scroll position exist). */
export const list = (page: Page): Locator => page.getByRole('list', { name: 'Отправленные заявления' });
export const rows = (page: Page): Locator => list(page).getByRole('listitem');
/** «Найдено заявлений: N», announced when the filters change. */
export const found = (page: Page): Locator => page.getByRole('status').filter({ hasText: /^Найдено заявлений: \d+$/ });

/** Opens «Мои заявления» (signed in). */
export async function open(page: Page): Promise<void> {
  await page.goto('/applications');
}

/** Expects «Найдено заявлений: n» (a long history arrives on the device a page of changes at a time: pass a timeout). */
export async function expectFound(page: Page, n: number, options: { timeout?: number } = {}): Promise<void> {
  await expect(found(page)).toHaveText(`Найдено заявлений: ${n}`, options);
}

/** Narrows the list to one status by its Russian label (e.g. «Принято»). */
export async function filterByStatus(page: Page, label: string): Promise<void> {
  await page.getByLabel('Статус').selectOption({ label });
}

/** Opens the application whose row shows `number`. */
export async function openByNumber(page: Page, number: string): Promise<void> {
  await rows(page).filter({ hasText: number }).getByRole('link').click();
}

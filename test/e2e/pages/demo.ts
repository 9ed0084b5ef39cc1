// The demo page (/demo): the stand's controls as a presenter or a QA engineer uses them — the simulated
// clock, the fault switches, the operator PIN, «Удалить все данные», and the PDF and file-check workers.
import { expect, type Locator, type Page } from '@playwright/test';
import { openApp } from './app';

export const clockStatus = (page: Page): Locator => page.getByRole('status').filter({ hasText: 'Часы симуляции:' });
/** The simulated now as the page writes it (the one place with a test id: a bare date inside the status). */
export const simNow = (page: Page): Locator => page.getByTestId('sim-now');
export const latencyField = (page: Page): Locator => page.getByLabel('Задержка ответа, мс');
export const outageBox = (page: Page): Locator => page.getByLabel('Системы недоступны (авария)');
export const pinPanel = (page: Page): Locator => page.getByRole('region', { name: 'ПИН оператора' });
export const resetDialog = (page: Page): Locator => page.getByRole('dialog', { name: 'Удалить все данные?' });
export const fileCheckInput = (page: Page): Locator => page.getByLabel('Файл для проверки');

/** Opens /demo once the service worker controls the page. */
export async function open(page: Page): Promise<void> {
  await openApp(page, '/demo');
}

/** Chooses a clock speed by its label («пауза», «1×», …). */
export async function setSpeed(page: Page, label: string): Promise<void> {
  await page.getByLabel('Скорость').selectOption({ label });
}

/** Presses a jump button such as «+1 день». */
export async function jump(page: Page, label: string): Promise<void> {
  await page.getByRole('button', { name: label }).click();
}

/** Sets the simulated time (`YYYY-MM-DDTHH:mm`, Moscow time). */
export async function setTime(page: Page, local: string): Promise<void> {
  await page.getByLabel('Новое время симуляции').fill(local);
  await page.getByRole('button', { name: 'Установить время' }).click();
}

/** Fills the fault form (omitted fields stay) and presses «Применить». */
export async function applyFaults(page: Page, faults: { latencyMs?: string; outage?: boolean }): Promise<void> {
  if (faults.latencyMs !== undefined) await latencyField(page).fill(faults.latencyMs);
  if (faults.outage !== undefined) await outageBox(page).setChecked(faults.outage);
  await page.getByRole('button', { name: 'Применить' }).click();
}

/** Types a new operator PIN in its panel and presses «Сохранить ПИН». */
export async function saveOperatorPin(page: Page, pin: string): Promise<void> {
  await pinPanel(page).getByLabel('Новый ПИН').fill(pin);
  await pinPanel(page).getByRole('button', { name: 'Сохранить ПИН' }).click();
}

/** «Удалить все данные», then «Да, удалить всё» (or «Отмена» when `confirm` is false) in its dialog. */
export async function resetAll(page: Page, { confirm = true } = {}): Promise<void> {
  await page.getByRole('button', { name: 'Удалить все данные' }).click();
  await expect(resetDialog(page)).toBeVisible();
  await resetDialog(page)
    .getByRole('button', { name: confirm ? 'Да, удалить всё' : 'Отмена' })
    .click();
}

/** «Сформировать тестовый PDF» (the PDF worker makes it). */
export async function makeTestPdf(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Сформировать тестовый PDF' }).click();
}

/** Downloads the test PDF made by `makeTestPdf`; answers the saved file's path. */
export async function downloadTestPdf(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Скачать тестовый PDF' }).click();
  return (await download).path();
}

/** Gives a file to the validation worker («Файл для проверки»). */
export async function checkFile(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  await fileCheckInput(page).setInputFiles(file);
}

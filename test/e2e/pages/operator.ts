// The operator console (/operator) as staff use it: sign in with the stand's PIN, find a case in the queue,
// accept it, request documents, refuse it, leave; and the support chats handed over by the bot.
import { expect, type Page } from '@playwright/test';
import { api, expectHeading, openApp, QA_PIN } from './app';

/**
 * Signs this tab in to /operator and waits until the console shows its queue, so the staff token is
 * stored before the spec moves on (the PIN check is deliberately slow). The stand's PIN is set first
 * only when it has none (QA's inbox read may have set it already).
 */
export async function signInOperator(page: Page, pin = QA_PIN): Promise<void> {
  await openApp(page, '/operator');
  const state = await api<{ set: boolean }>(page, 'GET', '/api/_sim/operator');
  if (!state.body.set) expect((await api(page, 'POST', '/api/_sim/operator', { pin })).status).toBe(200);
  await enterPin(page, pin);
  await expect(page.getByRole('heading', { level: 2, name: 'Очередь заявлений' })).toBeVisible();
}

export const pinField = (page: Page) => page.getByLabel('ПИН оператора');
/** A row of the queue, by the case number it shows. */
export const queueRow = (page: Page, number: string) => page.getByRole('row').filter({ hasText: number });

/** Types a PIN in the console's sign-in form and presses «Войти» (the outcome is the caller's to check). */
export async function enterPin(page: Page, pin: string): Promise<void> {
  await pinField(page).fill(pin);
  await page.getByRole('button', { name: 'Войти', exact: true }).click();
}

/** Narrows the queue by (a part of) a case number. */
export async function findCase(page: Page, number: string): Promise<void> {
  await page.getByLabel('Номер заявления').fill(number);
  await page.getByRole('button', { name: 'Показать' }).click();
}

/** Opens a case from its queue row; its panel's heading takes the focus. */
export async function openCase(page: Page, number: string): Promise<void> {
  await queueRow(page, number).getByRole('link', { name: number }).click();
  await expect(page.getByRole('heading', { level: 2, name: `Заявление № ${number}` })).toBeFocused();
}

/** «Принять в работу» on the open case. */
export async function accept(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Принять в работу' }).click();
}

/** Fills the request for documents: the comment, then a tick for each document label. */
export async function fillDocumentRequest(
  page: Page,
  { documents = [], comment }: { documents?: (string | RegExp)[]; comment?: string },
): Promise<void> {
  if (comment !== undefined) await page.getByLabel('Комментарий для заявителя').fill(comment);
  for (const label of documents) await page.getByLabel(label).check();
}

/** Asks the citizen for documents: fills the request and presses «Отправить запрос». */
export async function requestDocuments(page: Page, request: { documents?: (string | RegExp)[]; comment?: string }): Promise<void> {
  await fillDocumentRequest(page, request);
  await page.getByRole('button', { name: 'Отправить запрос' }).click();
}

/** Refuses the open case with the reason chosen by its label (none: pressing the button alone, to see the error). */
export async function reject(page: Page, reason?: string): Promise<void> {
  if (reason !== undefined) await page.getByLabel('Причина отказа').selectOption({ label: reason });
  await page.getByRole('button', { name: 'Отказать в услуге' }).click();
}

export async function backToQueue(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Вернуться к очереди' }).click();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Выйти из операторской' }).click();
}

/** «Чаты поддержки» from the console's menu, then the first chat waiting (its log shows the conversation). */
export async function openFirstSupportChat(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Чаты поддержки' }).click();
  await expectHeading(page, 'Чаты поддержки');
  await page
    .getByRole('button', { name: /Открыть чат/ })
    .first()
    .click();
}

/** «Взять чат» on the open chat. */
export async function takeChat(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Взять чат' }).click();
}

/** Writes an answer to the citizen and presses «Ответить». */
export async function replyInChat(page: Page, text: string): Promise<void> {
  await page.getByLabel('Ответ гражданину').fill(text);
  await page.getByRole('button', { name: 'Ответить' }).click();
}

// The office view («Приём в офисе»): a day's visits at one office, arrivals, the queue, the day's hours.

export const officeDayTable = (page: Page) => page.getByRole('table', { name: 'Записи на день' });

/** «Приём в офисе» from the console's menu, then the office chosen by its name. */
export async function openOfficeView(page: Page, office: string): Promise<void> {
  await page.getByRole('link', { name: 'Приём в офисе' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Приём в офисе' })).toBeVisible();
  await page.getByLabel('Офис', { exact: true }).selectOption({ label: office });
}

/** «Пришёл» on a visit's row. */
export async function markArrived(page: Page, ticket: string): Promise<void> {
  await page.getByRole('button', { name: `Пришёл: талон ${ticket}`, exact: true }).click();
}

/** «Вызвать следующего». */
export async function callNext(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Вызвать следующего' }).click();
}

/** Changes the shown day's closing time with the reason citizens will see, and presses «Сохранить часы». */
export async function setClosing(page: Page, closing: string, reason?: string): Promise<void> {
  await page.getByLabel('Закрытие (ЧЧ:ММ)').fill(closing);
  if (reason !== undefined) await page.getByLabel('Причина (её увидят граждане)').fill(reason);
  await page.getByRole('button', { name: 'Сохранить часы' }).click();
}

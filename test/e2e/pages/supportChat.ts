// Support as a citizen meets it: the floating «Помощь» button, the chat with the bot and the hand-over to
// a person, the rating, and the knowledge base at /help. The operator's side is in operator.ts.
import { expect, type Locator, type Page } from '@playwright/test';

export const helpButton = (page: Page): Locator => page.getByRole('button', { name: 'Помощь', exact: true });
export const chat = (page: Page): Locator => page.getByRole('dialog', { name: 'Чат поддержки' });
/** The conversation (a live log). */
export const log = (page: Page): Locator => chat(page).getByRole('log', { name: 'Переписка с поддержкой' });
export const messageField = (page: Page): Locator => chat(page).getByLabel('Ваше сообщение');

/** Opens the chat with the floating «Помощь» button. */
export async function open(page: Page): Promise<void> {
  await helpButton(page).click();
}

/** Types a message and presses «Отправить». */
export async function ask(page: Page, text: string): Promise<void> {
  await messageField(page).fill(text);
  await chat(page).getByRole('button', { name: 'Отправить' }).click();
}

/** Answers the bot's «Помогло?» with «Нет». */
export async function notHelped(page: Page): Promise<void> {
  await log(page).getByRole('button', { name: 'Нет', exact: true }).click();
}

/** «Перейти к оператору»: hands the conversation to a person (or, out of hours, offers a request). */
export async function askForPerson(page: Page): Promise<void> {
  await log(page).getByRole('button', { name: 'Перейти к оператору' }).click();
}

/** Rates the conversation (1–5) with an optional comment. */
export async function rate(page: Page, stars: number, comment?: string): Promise<void> {
  await chat(page)
    .getByRole('radio', { name: `${stars} из 5` })
    .check();
  if (comment !== undefined) await chat(page).getByLabel('Комментарий (необязательно)').fill(comment);
  await chat(page).getByRole('button', { name: 'Оценить' }).click();
  await expect(chat(page).getByText(`Спасибо за оценку: ${stars} из 5.`)).toBeVisible();
}

/** «Свернуть чат»: the page underneath is as it was. */
export async function minimise(page: Page): Promise<void> {
  await chat(page).getByRole('button', { name: 'Свернуть чат' }).click();
}

/** Searches the knowledge base on /help (open it first). */
export async function searchArticles(page: Page, query: string): Promise<void> {
  await page.getByLabel('Поиск по базе знаний').fill(query);
  await expect(page.getByRole('status').filter({ hasText: 'Найдено статей' })).toBeVisible();
}

/** The link to an article, as search results and the bot show it. */
export const articleLink = (scope: Page | Locator, title: string): Locator => scope.getByRole('link', { name: `Открыть статью «${title}»` });

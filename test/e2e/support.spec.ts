// Support through the UI: the floating «Помощь» button, the bot, the hand-over to a person within and
// outside operator hours on the simulated clock, the scripted operator, the rating, the knowledge base
// and its accessibility, in Russian and English.
import { expect, test, type Page } from '@playwright/test';
import { api, expectHeading, openApp } from './pages/app';
import * as operator from './pages/operator';
import { signInOperator } from './pages/operator';
import * as support from './pages/supportChat';
import { ask, chat, log } from './pages/supportChat';
import { axeFindings } from './pages/axe';

const MINUTE_MS = 60_000;
/** 12:00 and 23:00 Moscow time (UTC+3). */
const NOON_MOSCOW = '2026-12-01T09:00:00.000Z';
const NIGHT_MOSCOW = '2026-12-01T20:00:00.000Z';

async function setClock(page: Page, iso: string): Promise<void> {
  expect((await api(page, 'POST', '/api/_sim/clock', { set: iso })).status).toBe(200);
}

test('a locked-out citizen finds the answer by chat, asks for a person, gets an answer and rates it; the page underneath keeps its state', async ({
  page,
}) => {
  await openApp(page, '/catalog');
  await setClock(page, NOON_MOSCOW);
  await page.getByLabel('Поиск услуги').fill('паспорт');
  await support.open(page);
  await expect(support.messageField(page)).toBeFocused();

  await ask(page, 'учетную запись заблокировали после неверных паролей');
  await expect(log(page)).toContainText('Вход и регистрация');
  await expect(support.articleLink(log(page), 'Вход заблокирован после неверных паролей')).toBeVisible();
  await expect(support.messageField(page)).toBeFocused();
  await support.notHelped(page);
  await expect(log(page)).toContainText('не могу');
  await support.askForPerson(page);
  await expect(log(page)).toContainText('Разговор передан оператору');

  // The scripted operator answers after a wait on the simulated clock, read on catch-up.
  expect((await api(page, 'POST', '/api/_sim/clock', { advanceMs: 10 * MINUTE_MS })).status).toBe(200);
  await expect(log(page)).toContainText('подключился к разговору', { timeout: 15_000 });
  await expect(log(page)).toContainText('неверных паролей подряд');

  // «Оценить» with no rating chosen: said beside the stars, and the comment typed stays.
  await support.chat(page).getByLabel('Комментарий (необязательно)').fill('Помогли быстро');
  await support.chat(page).getByRole('button', { name: 'Оценить' }).click();
  await expect(support.chat(page).getByRole('group', { name: 'Оценка от 1 до 5' })).toContainText('Выберите оценку от 1 до 5.');
  await expect(support.chat(page).getByLabel('Комментарий (необязательно)')).toHaveValue('Помогли быстро');
  await support.rate(page, 5, 'Помогли быстро');

  await support.minimise(page);
  await expect(page.getByLabel('Поиск услуги')).toHaveValue('паспорт');
  await expect(support.helpButton(page)).toBeFocused();

  // The conversation survives a reload.
  await page.reload();
  await support.open(page);
  await expect(log(page)).toContainText('учетную запись заблокировали');
  await expect(log(page)).toContainText('неверных паролей подряд');
});

test('outside operator hours the hand-over offers a request and the next shift instead', async ({ page }) => {
  await openApp(page, '/');
  await setClock(page, NIGHT_MOSCOW);
  await support.open(page);
  await ask(page, 'хочу подать иск в суд на ведомство');
  await expect(log(page)).toContainText('Юридические вопросы я не решаю');
  await support.askForPerson(page);
  await expect(log(page)).toContainText('сейчас смены нет');
  await expect(log(page)).toContainText('2 декабря 2026');
  // The offer leads to the support request form, prefilled with the chat's problem and category.
  const href = (await log(page).getByRole('link', { name: 'Оставить запрос в поддержку' }).getAttribute('href')) ?? '';
  expect(href).toMatch(/^\/appeals\/new\?.*type=support/);
  expect(decodeURIComponent(href.replaceAll('+', ' '))).toContain('хочу подать иск в суд на ведомство');
});

test('an operator takes a handed-over chat in the console and answers; the citizen sees it', async ({ page, context }) => {
  await openApp(page, '/');
  await setClock(page, NOON_MOSCOW);
  expect((await api(page, 'POST', '/api/_sim/operator', { pin: '2468' })).status).toBe(200);
  await support.open(page);
  await ask(page, 'не приходит смс с кодом');
  await support.notHelped(page);
  await support.askForPerson(page);
  await expect(log(page)).toContainText('Разговор передан оператору');

  const console = await context.newPage();
  await signInOperator(console);
  await operator.openFirstSupportChat(console);
  await expect(console.getByRole('log')).toContainText('не приходит смс с кодом');
  await operator.takeChat(console);
  await operator.replyInChat(console, 'Код лежит в разделе «Сообщения», вкладка SMS.');
  await expect(console.getByRole('log')).toContainText('вкладка SMS');

  await expect(log(page)).toContainText('Оператор Окна подключился к разговору');
  await expect(log(page)).toContainText('Код лежит в разделе «Сообщения»');
});

test('the knowledge base finds articles by word forms and typos and opens one; keyboard only in the chat', async ({ page }) => {
  await openApp(page, '/help');
  await expectHeading(page, 'Помощь');
  await support.searchArticles(page, 'госпошлена');
  await support.articleLink(page, 'Как оплатить госпошлину').click();
  await expectHeading(page, 'Как оплатить госпошлину');
  await expect(page.getByRole('link', { name: 'Мои платежи' })).toBeVisible();

  // Keyboard only: focus the floating button, open, ask, answer, close with Escape.
  await support.helpButton(page).focus();
  await page.keyboard.press('Enter');
  await expect(support.messageField(page)).toBeFocused();
  await page.keyboard.type('вернуть деньги');
  await page.keyboard.press('Enter');
  await expect(support.articleLink(log(page), 'Как вернуть деньги за платёж')).toBeVisible();
  await expect(support.messageField(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(chat(page)).toBeHidden();
  await expect(support.helpButton(page)).toBeFocused();
});

test('axe finds no violations on the contacts page and on an article', async ({ page }) => {
  await openApp(page, '/help/contacts');
  await expectHeading(page, 'Контакты поддержки');
  expect(await axeFindings(page)).toEqual([]);
  await openApp(page, '/help/articles/template-cannot-sign-in');
  await expectHeading(page, 'Шаблон: не могу войти в учётную запись');
  expect(await axeFindings(page)).toEqual([]);
});

test('axe finds no violations on search results and the open chat, in Russian and English', async ({ page }) => {
  await openApp(page, '/help?q=пароль');
  await support.open(page);
  await ask(page, 'забыл пароль');
  await expect(log(page).getByRole('button', { name: 'Нет', exact: true })).toBeVisible();
  expect(await axeFindings(page)).toEqual([]);

  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('dialog', { name: 'Support chat' })).toBeVisible();
  await expect(page.getByRole('log', { name: 'Conversation with support' })).toContainText('Sign-in and registration');
  expect(await axeFindings(page)).toEqual([]);
  await page.getByRole('button', { name: 'Minimise the chat' }).click();
  await page.setViewportSize({ width: 375, height: 740 });
  await expectHeading(page, 'Help');
  expect(await axeFindings(page)).toEqual([]);
});

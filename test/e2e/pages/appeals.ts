// Shared steps of the appeals specs: the simulated department's story, the clock, and the wizard.
import { expect, type Page } from '@playwright/test';
import { api } from './app';
import { fixture } from './profile';

export const DAY = 86_400_000;

export async function appealStory(page: Page, scenario: string): Promise<void> {
  expect((await api(page, 'POST', '/api/_sim/appeal-scenario', { scenario })).status).toBe(200);
}

/** Moves the simulated clock; the citizen stays signed in. */
export async function jump(page: Page, ms: number): Promise<void> {
  expect((await api(page, 'POST', '/api/_sim/clock', { advanceMs: ms, keepSessions: true })).status).toBe(200);
}

export const nextStep = (page: Page) => page.getByRole('button', { name: 'Продолжить' }).click();
export const stepHeading = (page: Page, name: string) => page.getByRole('heading', { level: 2, name, exact: true });

/** A request about a general question, through every page of the wizard with the mouse. */
export async function fillRequest(page: Page, subject: string): Promise<void> {
  await page.goto('/appeals/new');
  await page.getByLabel(/^Запрос —/).check();
  await nextStep(page);
  await page.getByLabel('Общие вопросы').check();
  await nextStep(page);
  await nextStep(page);
  await page.getByLabel('Тема одной строкой').fill(subject);
  await nextStep(page);
  await expect(page.getByLabel('Описание')).toHaveValue(/Мой вопрос/);
  await page.getByLabel('Описание').fill('Подскажите, сколько дней готовится справка о составе семьи.');
  await nextStep(page);
  await nextStep(page);
  await nextStep(page);
  await nextStep(page);
  await nextStep(page);
  await expect(stepHeading(page, 'Проверка')).toBeVisible();
}

/** A confirmed citizen's request sent with the given story; answers its 8-digit number from the page. */
export async function sendRequest(page: Page, scenario: string, subject: string): Promise<string> {
  await appealStory(page, scenario);
  await fillRequest(page, subject);
  await page.getByRole('button', { name: 'Отправить обращение' }).click();
  await expect(page.getByRole('heading', { name: 'Обращение отправлено' })).toBeVisible();
  const number = /№ (\d{8})/.exec((await page.getByRole('heading', { level: 1 }).textContent()) ?? '')?.[1];
  expect(number).toMatch(/^\d{8}$/);
  return number!;
}

/** The wizard's last pages: contacts come prefilled from the profile, a screenshot is attached, then the review. */
export async function contactsScreenshotReview(page: Page): Promise<void> {
  await expect(page.getByLabel('Телефон')).not.toHaveValue('');
  await nextStep(page);
  await page.getByLabel('Приложить снимок экрана').setInputFiles(fixture('sample.png'));
  await expect(page.getByText(/sample\.png \(.*снимок экрана\)/)).toBeVisible();
  await nextStep(page);
  await expect(stepHeading(page, 'Проверка')).toBeVisible();
}

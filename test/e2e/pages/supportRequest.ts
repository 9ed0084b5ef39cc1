// Shared steps of the support-request spec: the form through every page, and the simulated clock's
// moment written as the form wants it.
import { expect, type Page } from '@playwright/test';
import { api } from './app';
import { contactsScreenshotReview, nextStep, stepHeading } from './appeals';

/** «ДД.ММ.ГГГГ ЧЧ:ММ» Moscow time of the simulated clock plus `aheadMs`. */
export async function simMoment(page: Page, aheadMs: number): Promise<string> {
  const { body } = await api<{ nowMs: number }>(page, 'GET', '/api/_sim/clock');
  const parts = new Intl.DateTimeFormat('ru-RU', {
    timeZone: 'Europe/Moscow',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(body.nowMs + aheadMs);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${get('day')}.${get('month')}.${get('year')} ${get('hour')}:${get('minute')}`;
}

/** A critical technical request with a screenshot, through every page with the mouse, up to «Проверка». */
export async function fillSupportRequest(page: Page, subject: string): Promise<void> {
  await page.goto('/appeals/new?type=support');
  await expect(page.getByLabel(/^Запрос в поддержку —/)).toBeChecked();
  await nextStep(page);
  await expect(stepHeading(page, 'Категория')).toBeVisible();
  await page.getByLabel(/^Технические сбои и ошибки интерфейса —/).check();
  await nextStep(page);
  await page.getByLabel('Номер заявления или решения').fill('2026-7K3M-9QXA');
  await nextStep(page);
  await page.getByLabel('Тема одной строкой').fill(subject);
  await nextStep(page);
  await page.getByLabel('Что случилось').fill('После нажатия «Оплатить» появляется экран с ошибкой, оплата не проходит.');
  await page.getByLabel('Какой результат вам нужен').fill('Оплатить пошлину за справку');
  await nextStep(page);
  await nextStep(page);
  await expect(stepHeading(page, 'Что уже пробовали')).toBeVisible();
  await page.getByLabel('Что вы уже пробовали').fill('Обновил страницу и очистил кэш браузера');
  await nextStep(page);
  await page.getByLabel('Критический').check();
  await nextStep(page);
  await contactsScreenshotReview(page);
}

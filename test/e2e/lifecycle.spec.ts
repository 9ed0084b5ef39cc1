// The case after sending: the simulated department moves it on the simulated clock, the citizen is told
// (in-app and by SMS), the signed PDF downloads, verifies, and a tampered copy is refused.
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { documentText } from '../support/pdfText';
import { api, qaInbox } from './pages/app';
import { confirmedCitizen, sendResidenceCertificate } from './pages/apply';
import { callApi, fixture } from './pages/profile';
import { axeFindings } from './pages/axe';

const DAY = 86_400_000;

/** Moves the simulated clock; the citizen stays signed in, as on the demo stand. */
async function jump(page: Page, ms: number): Promise<void> {
  expect((await api(page, 'POST', '/api/_sim/clock', { advanceMs: ms, keepSessions: true })).status).toBe(200);
}

/** Starts the story on a Monday at 10:00 Moscow time, so working hours and days are the same every run. */
async function mondayMorning(page: Page): Promise<void> {
  const { nowMs } = (await api<{ nowMs: number }>(page, 'GET', '/api/_sim/clock')).body;
  const day = new Date(nowMs + 3 * 3_600_000);
  const daysToMonday = (8 - day.getUTCDay()) % 7 || 7;
  const monday = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate() + daysToMonday, 7);
  expect((await api(page, 'POST', '/api/_sim/clock', { set: new Date(monday).toISOString(), keepSessions: true })).status).toBe(200);
}

async function story(page: Page, scenario: string) {
  await confirmedCitizen(page);
  await mondayMorning(page);
  expect((await api(page, 'POST', '/api/_sim/scenario', { scenario })).status).toBe(200);
}

const sms = async (page: Page) => (await qaInbox(page, 'channel=sms')).map((m) => m.body);
const statusOf = (page: Page) => page.locator('.facts .pill');

test('a residence certificate: each status is told, the signed PDF names the applicant, verifies, and a tampered copy is refused', async ({
  page,
}, info) => {
  test.setTimeout(150_000);
  await story(page, 'happy');
  const { id, number } = await sendResidenceCertificate(page, 'electronic');
  expect((await sms(page)).some((text) => text.includes(`Номер: ${number}`))).toBe(true);

  await jump(page, DAY);
  await page.goto(`/applications/${id}`);
  await expect(statusOf(page)).toHaveText('В обработке');
  await expect(page.getByText('Ведомство приняло заявление.')).toBeVisible();
  await expect(page.getByText('Заявление взяли в работу.')).toBeVisible();

  await jump(page, 20 * DAY);
  await page.reload();
  await expect(statusOf(page)).toHaveText('Готово к получению');
  await expect(page.getByRole('link', { name: /^Уведомления \d+ непрочитанных$/ })).toBeVisible();
  expect((await sms(page)).some((text) => text.includes('Услуга «Справка о месте жительства» оказана'))).toBe(true);
  await page.getByRole('link', { name: /^Уведомления/ }).click();
  await page.getByRole('link', { name: `Готов результат по заявлению ${number}: Справка о месте жительства.` }).click();
  await expect(page).toHaveURL(new RegExp(`/applications/${id}$`));

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Скачать документ (PDF)' }).click();
  const file = info.outputPath('certificate.pdf');
  await (await download).saveAs(file);
  await expect(statusOf(page)).toHaveText('Выдано');
  const text = documentText(await PDFDocument.load(readFileSync(file)));
  expect(text).toContain('Иванова Мария Петровна');
  expect(text).toContain(number);

  await page.goto('/verify');
  await page.getByLabel('Загрузить файл документа').setInputFiles(file);
  await expect(page.getByRole('heading', { name: 'Документ действителен' })).toBeVisible();

  // One changed character of the signed data inside the file: the signature no longer matches.
  const bytes = readFileSync(file);
  const at = bytes.indexOf(Buffer.from('"validUntil":"')) + '"validUntil":"'.length + 3;
  expect(at).toBeGreaterThan(20);
  bytes[at] = bytes[at] === 0x39 ? 0x38 : bytes[at]! + 1;
  const tampered = info.outputPath('tampered.pdf');
  writeFileSync(tampered, bytes);
  await page.getByLabel('Загрузить файл документа').setInputFiles(tampered);
  await expect(page.getByRole('heading', { name: 'Документ недействителен' })).toBeVisible();
});

test('documents requested: the citizen uploads them before the deadline, the case resumes and is ready at the office', async ({ page }) => {
  test.setTimeout(120_000);
  await story(page, 'documents_requested');
  const { id, number } = await sendResidenceCertificate(page, 'office');
  await jump(page, 2 * DAY);
  await page.goto(`/applications/${id}`);
  await expect(statusOf(page)).toHaveText('Ожидание документов');
  // No decision yet, so nothing to object to.
  await expect(page.getByRole('link', { name: 'Не согласны с решением? Обжаловать решение' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Ведомство просит документы' })).toBeVisible();
  expect((await sms(page)).some((text) => text.includes(`По заявлению ${number}`) && text.includes('просит документы'))).toBe(true);
  // Sending with nothing attached says what is missing and keeps the form.
  await page.getByRole('button', { name: 'Отправить документы' }).click();
  await expect(page.getByText('Приложите все запрошенные документы.')).toBeFocused();
  const picker = page.locator('form[aria-labelledby="request-title"] input[type="file"]');
  await picker.first().setInputFiles(fixture('spoofed-exe.pdf'));
  await expect(page.getByText(/не является/)).toBeVisible();
  for (const input of await picker.all()) await input.setInputFiles(fixture('sample.pdf'));
  await page.getByRole('button', { name: 'Отправить документы' }).click();
  await expect(statusOf(page)).toHaveText('В обработке');
  await expect(page.getByText('Документы получены, рассмотрение продолжается.')).toBeVisible();

  await jump(page, 20 * DAY);
  await page.reload();
  await expect(statusOf(page)).toHaveText('Готово к получению');
  await expect(page.getByRole('img', { name: `QR-код для получения документа по заявлению ${number}` })).toBeVisible();
  expect(await axeFindings(page)).toEqual([]);
});

test('a refusal shows its reason, in the case and in the notification centre', async ({ page }) => {
  test.setTimeout(120_000);
  await story(page, 'rejected:address_not_in_registry');
  const { id, number } = await sendResidenceCertificate(page, 'post');
  await jump(page, 20 * DAY);
  await page.goto(`/applications/${id}`);
  await expect(statusOf(page)).toHaveText('Отказано');
  await expect(page.getByRole('link', { name: 'Не согласны с решением? Обжаловать решение' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'В услуге отказано' })).toBeVisible();
  await expect(page.getByText('Причина: Адреса нет в реестре').first()).toBeVisible();
  await page.goto('/notifications');
  await expect(page.getByRole('link', { name: `По заявлению ${number} отказано: адреса нет в реестре.` })).toBeVisible();
  expect(await axeFindings(page)).toEqual([]);
});

test('stopping the service worker mid-story changes nothing: each step happens once', async ({ page }) => {
  test.setTimeout(120_000);
  await story(page, 'happy');
  const { id } = await sendResidenceCertificate(page, 'electronic');
  await jump(page, DAY);
  await page.goto(`/applications/${id}`);
  await expect(statusOf(page)).toHaveText('В обработке');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await jump(page, 20 * DAY);
  await page.reload();
  await expect(statusOf(page)).toHaveText('Готово к получению');
  const timeline = page.getByRole('region', { name: 'История заявления' }).locator('.pill');
  await expect(timeline).toHaveText(['Отправлено', 'Принято', 'В обработке', 'Готово к получению']);
  const { notices } = (await callApi<{ notices: { kind: string }[] }>(page, 'GET', '/api/notifications')).body;
  expect(notices.map((n) => n.kind).sort()).toEqual(['accepted', 'processing', 'ready', 'registered']);
});

test('«Мои заявления»: search by number and filter by status, kept in the address', async ({ page }) => {
  test.setTimeout(120_000);
  await story(page, 'manual');
  const first = await sendResidenceCertificate(page, 'electronic');
  const second = await sendResidenceCertificate(page, 'office');
  await page.goto('/applications');
  const list = page.getByRole('list', { name: 'Отправленные заявления' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await page.getByLabel('Номер заявления').fill(second.number.slice(-4).toLowerCase());
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list.getByText(`№ ${second.number}`)).toBeVisible();
  await expect(page).toHaveURL(/q=/);
  await page.getByRole('button', { name: 'Сбросить' }).click();
  await page.getByLabel('Статус').selectOption({ label: 'Готово к получению' });
  await expect(page.getByText('Нет заявлений с такими условиями.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Статус')).toHaveValue('ready');
  await page.getByLabel('Статус').selectOption({ label: 'Отправлено' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list.getByText(`№ ${first.number}`)).toBeVisible();
  expect(await axeFindings(page)).toEqual([]);
});

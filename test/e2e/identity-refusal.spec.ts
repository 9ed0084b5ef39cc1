// Issue 19.15 through the UI by role and label: a passport scan with a selfie refused by the scenario
// («данные не совпадают»), the reason and what to do on the identity page, a new upload refused by the
// clerk in the operator console («плохое качество скана»), a third approved there; the history keeps
// every attempt, and the citizen hears of each refusal. axe on the refused page and the console.
import { expect, test, type Page } from '@playwright/test';
import { api, qaInbox } from './pages/app';
import { signInOperator } from './pages/operator';
import { CITIZEN, fixture, saveProfileByApi, signUpCitizen } from './pages/profile';
import { axeFindings } from './pages/axe';

const HOUR = 3_600_000;
const history = (page: Page) => page.getByRole('region', { name: 'История проверок' });

async function sendScan(page: Page, button: 'Отправить на проверку' | 'Отправить снова'): Promise<void> {
  await page.getByLabel('Скан паспорта', { exact: true }).setInputFiles(fixture('sample.pdf'));
  await page.getByLabel('Селфи с паспортом', { exact: true }).setInputFiles(fixture('sample.png'));
  await page.getByRole('button', { name: button }).click();
  await expect(page.getByText(/Документы на проверке\. Ответ ожидается к/)).toBeVisible();
}

test('a refused scan: the reason and what to do, a new attempt refused by the clerk, the third approved; the history keeps all', async ({
  page,
  context,
}, info) => {
  test.slow();
  await signUpCitizen(page);
  await saveProfileByApi(page);
  await test.step('the demo stand sets how the department answers new scans', async () => {
    await page.goto('/demo');
    const panel = page.getByRole('region', { name: 'Проверка личности по скану' });
    await panel.getByLabel('Ответ ведомства').selectOption({ label: 'Отказать через час: данные не совпадают' });
    await panel.getByRole('button', { name: 'Сохранить' }).click();
    await expect(panel.getByRole('status')).toHaveText('Новые сканы: Отказать через час: данные не совпадают.');
  });
  await page.goto('/profile/identity');
  await sendScan(page, 'Отправить на проверку');

  await test.step('the department refuses when the check time passes: reason, what to do, a way to «Мои данные»', async () => {
    expect((await api(page, 'POST', '/api/_sim/clock', { advanceMs: HOUR + 60_000, keepSessions: true })).status).toBe(200);
    await page.getByRole('button', { name: 'Проверить статус' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Скан не принят' })).toHaveText('Скан не принят: данные не совпадают.');
    await expect(page.getByRole('heading', { name: 'Скан не принят' })).toBeVisible();
    await expect(page.getByText(/не совпадают с «Мои данные»/)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Исправить «Мои данные»' })).toBeVisible();
    await expect(history(page).getByRole('row')).toHaveCount(2);
    await expect(history(page).getByRole('row').nth(1)).toContainText(/Отказано.*данные не совпадают.*Ведомство/);
    await page.screenshot({ path: info.outputPath('identity-refused.png'), fullPage: true });
    expect(await axeFindings(page)).toEqual([]);
  });

  await test.step('the refusal reaches the citizen: a notice and an SMS with the reason', async () => {
    const sms = await qaInbox(page, `channel=sms&to=${encodeURIComponent(CITIZEN.phone)}`);
    expect(sms.some((m) => m.body.includes('не совпадают с данными профиля'))).toBe(true);
    await page.goto('/notifications');
    await expect(page.getByText('Скан паспорта и селфи не приняты. Причина и что делать — на странице «Подтверждение личности».')).toBeVisible();
  });

  // From now on the clerk decides.
  expect((await api(page, 'POST', '/api/_sim/identity-scenario', { scenario: 'manual' })).status).toBe(200);
  await page.goto('/profile/identity');
  await sendScan(page, 'Отправить снова');
  const clerk = await context.newPage();
  await signInOperator(clerk);
  await clerk.getByRole('link', { name: 'Учётные записи граждан' }).click();
  const scans = clerk.getByRole('region', { name: 'Проверка личности' });
  const name = `${CITIZEN.surname} ${CITIZEN.name} ${CITIZEN.patronymic}`;

  await test.step('the clerk refuses the second attempt: «плохое качество скана»', async () => {
    await expect(scans.getByRole('heading', { name })).toBeVisible();
    await expect(scans).toContainText('Попытка2');
    expect(await axeFindings(clerk)).toEqual([]);
    await clerk.screenshot({ path: info.outputPath('identity-console.png'), fullPage: true });
    await scans.getByLabel('Причина отказа').selectOption({ label: 'плохое качество скана' });
    await scans.getByRole('button', { name: `Отказать: ${name}` }).click();
    await expect(scans.getByRole('status')).toHaveText(`Отказано: ${name} — плохое качество скана.`);
    await expect(scans.getByText('Сканов на проверке нет.')).toBeVisible();

    await page.getByRole('button', { name: 'Проверить статус' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Скан не принят' })).toHaveText('Скан не принят: плохое качество скана.');
    await expect(page.getByText(/без бликов/)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Исправить «Мои данные»' })).toBeHidden();
    await expect(history(page).getByRole('row').nth(1)).toContainText(/Отказано.*плохое качество скана.*Сотрудник/);
  });

  await test.step('the third attempt is approved by the clerk; the history keeps all three', async () => {
    await sendScan(page, 'Отправить снова');
    await clerk.reload();
    await clerk.getByRole('button', { name: `Подтвердить личность: ${name}` }).click();
    await expect(scans.getByRole('status')).toHaveText(`Личность подтверждена: ${name}.`);
    await page.getByRole('button', { name: 'Проверить статус' }).click();
    await expect(page.getByText(/Личность подтверждена .* \(по скану паспорта и селфи\)\./)).toBeVisible();
    await expect(history(page).getByRole('row')).toHaveCount(4);
    await expect(history(page).getByRole('row').nth(1)).toContainText(/Подтверждено.*Сотрудник/);
    await page.screenshot({ path: info.outputPath('identity-history.png'), fullPage: true });
  });
});

// Issue 19.9 through the UI: the department taking an application and starting on it are notified;
// news published in the operator console reaches a citizen who turned «Новости портала» on; with
// «Ежедневная сводка» the e-mail waits for 9:00 and lists each event, while the app shows each at once.
import { expect, test } from '@playwright/test';
import { api, openApp, staffApi } from './pages/app';
import { confirmedCitizen, sendResidenceCertificate } from './pages/apply';
import { signInOperator } from './pages/operator';
import { axeFindings } from './pages/axe';

const NEWS = { title: 'Портал работает по новым правилам', text: 'С понедельника справки можно заказать и в выходные.' };

test('accepted and processing are notified; news reaches those who want it, by e-mail in the daily digest', async ({ page }) => {
  test.setTimeout(240_000);
  await confirmedCitizen(page);
  expect((await api(page, 'POST', '/api/_sim/scenario', { scenario: 'manual' })).status).toBe(200);

  await test.step('«принято» and «на рассмотрении» arrive as the department moves', async () => {
    const sent = await sendResidenceCertificate(page, 'electronic');
    expect((await staffApi(page, 'POST', `/api/operator/cases/${sent.id}/action`, { action: 'accept' })).status).toBe(200);
    await openApp(page, '/notifications');
    const list = page.getByRole('main').getByRole('listitem');
    await expect(list.filter({ hasText: `Ведомство приняло заявление ${sent.number}: Справка о месте жительства.` })).toHaveCount(1);
    await expect(list.filter({ hasText: `Заявление ${sent.number} на рассмотрении: ведомство начало работу.` })).toHaveCount(1);
  });

  await test.step('news on in the app and by e-mail, as a daily digest', async () => {
    await page.goto('/profile/settings');
    await page.getByRole('checkbox', { name: 'Новости портала: В приложении' }).check();
    await expect(page.getByRole('main').getByRole('status')).toHaveText('Настройки уведомлений сохранены.');
    await page.getByRole('checkbox', { name: 'Новости портала: Почта' }).check();
    const frequency = page.getByRole('group', { name: 'Как часто присылать SMS, письма и системные уведомления' });
    await expect(frequency).toHaveAccessibleDescription(/В разделе «Уведомления» каждое событие появляется сразу при любом выборе\./);
    await expect(frequency.getByRole('radio', { name: 'Сразу — о каждом событии отдельное сообщение' })).toBeChecked();
    await frequency.getByRole('radio', { name: 'Ежедневная сводка — одно сообщение в 9:00 по московскому времени' }).check();
    await expect(page.getByRole('main').getByRole('status')).toHaveText('Теперь сообщения собираются в ежедневную сводку к 9:00.');
    await page.reload();
    await expect(page.getByRole('radio', { name: /Ежедневная сводка/ })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Новости портала: Почта' })).toBeChecked();
    expect(await axeFindings(page)).toEqual([]);
    await page.screenshot({ path: 'test-results/notices-settings.png', fullPage: true });
  });

  await test.step('the operator publishes news; an empty form is named first', async () => {
    await signInOperator(page);
    await page.getByRole('link', { name: 'Опубликовать новость' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Новости портала' })).toBeVisible();
    await page.getByRole('button', { name: 'Опубликовать' }).click();
    await expect(page.getByRole('link', { name: 'Заголовок: Заполните это поле.' })).toBeVisible();
    await page.getByLabel('Заголовок').fill(NEWS.title);
    await page.getByLabel('Текст новости').fill(NEWS.text);
    expect(await axeFindings(page)).toEqual([]);
    await page.getByRole('button', { name: 'Опубликовать' }).click();
    await expect(page.getByRole('main').getByRole('status')).toHaveText(
      'Новость опубликована. В приложении её получили: 1; сообщения по SMS, почте или в сводку: 1.',
    );
    await expect(page.getByLabel('Заголовок')).toHaveValue('');
  });

  await test.step('the citizen sees the news at once in the app; its e-mail waits for the digest', async () => {
    await page.goto('/notifications');
    const news = page
      .getByRole('main')
      .getByRole('listitem')
      .filter({ hasText: `Новость портала: ${NEWS.title}. ${NEWS.text}` });
    await expect(news).toHaveCount(1);
    await page.getByLabel('Показать').selectOption({ label: 'Новости портала' });
    await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(1);
    expect(await axeFindings(page)).toEqual([]);
    await page.goto('/inbox?channel=email');
    await expect(page.getByRole('main')).not.toContainText('Сводка уведомлений');
    await expect(page.getByRole('main')).not.toContainText(NEWS.title);
    // A day later 9:00 Moscow has passed: the digest went, listing the news and the application's steps.
    expect((await api(page, 'POST', '/api/_sim/clock', { advanceMs: 24 * 3_600_000, keepSessions: true })).status).toBe(200);
    await page.reload();
    const digest = page.getByRole('main').getByRole('listitem').filter({ hasText: 'Сводка уведомлений на' });
    await expect(digest).toHaveCount(1);
    await expect(digest).toContainText(NEWS.title);
    await page.screenshot({ path: 'test-results/notices-digest.png', fullPage: true });
  });
});

// «Оценить услугу» (issue 19.10): a ready result is rated with an accessible star group and an optional
// comment (a too long one is named and kept), the rating is changed later, and the service's page in the
// catalog shows the statistics — filled in after load into reserved space, so nothing below moves.
import { expect, test } from '@playwright/test';
import { api, staffApi, waitForTakeOver } from './pages/app';
import { confirmedCitizen, sendResidenceCertificate } from './pages/apply';
import { axeFindings } from './pages/axe';

test('a ready result is rated, the rating changed, and the service page shows the statistics without a shift', async ({ page }) => {
  test.setTimeout(180_000);
  await confirmedCitizen(page);
  expect((await api(page, 'POST', '/api/_sim/scenario', { scenario: 'manual' })).status).toBe(200);
  const sent = await sendResidenceCertificate(page, 'electronic');
  const rating = page.getByRole('region', { name: 'Оценить услугу' });

  await test.step('no rating before the result is ready', async () => {
    await expect(page.getByRole('heading', { name: 'Что сейчас' })).toBeVisible();
    await expect(rating).toHaveCount(0);
    for (const action of ['accept', 'ready']) {
      expect((await staffApi(page, 'POST', `/api/operator/cases/${sent.id}/action`, { action })).status).toBe(200);
    }
    await page.reload();
    await expect(rating).toBeVisible();
  });

  await test.step('no stars and a too long comment are named; what was typed stays', async () => {
    await rating.getByRole('button', { name: 'Отправить оценку' }).click();
    await expect(rating.getByRole('link', { name: 'Ваша оценка: Выберите оценку от 1 до 5.' })).toBeVisible();
    const stars = rating.getByRole('group', { name: 'Ваша оценка' });
    await expect(stars.getByRole('radio')).toHaveCount(5);
    await stars.getByRole('radio', { name: '4 из 5' }).check();
    const comment = rating.getByLabel('Комментарий (необязательно)');
    const long = 'Всё понятно, но долго. '.repeat(22); // 505 characters once the last space is trimmed
    await comment.fill(long);
    const over = long.trim().length - 500;
    await expect(comment).toHaveAccessibleDescription(`Что было удобно или что мешало. Лишних знаков: ${over} — больше 500 не поместится.`);
    await rating.getByRole('button', { name: 'Отправить оценку' }).click();
    await expect(
      rating.getByRole('link', { name: 'Комментарий (необязательно): Комментарий длиннее 500 знаков. Сократите его, чтобы отправить оценку.' }),
    ).toBeVisible();
    await expect(comment).toHaveValue(long);
    await expect(stars.getByRole('radio', { name: '4 из 5' })).toBeChecked();
    expect(await axeFindings(page)).toEqual([]);
  });

  await test.step('sent, then changed by keyboard to five stars; the page keeps it after a reload', async () => {
    const comment = rating.getByLabel('Комментарий (необязательно)');
    await comment.fill('Быстро и понятно.');
    await rating.getByRole('button', { name: 'Отправить оценку' }).click();
    await expect(rating.getByRole('status')).toHaveText('Спасибо! Оценка сохранена: 4 из 5.');
    await expect(rating.getByRole('button', { name: 'Изменить оценку' })).toBeVisible();
    const four = rating.getByRole('radio', { name: '4 из 5' });
    await four.focus();
    await page.keyboard.press('ArrowDown');
    await expect(rating.getByRole('radio', { name: '5 из 5' })).toBeChecked();
    await rating.getByRole('button', { name: 'Изменить оценку' }).click();
    await expect(rating.getByRole('status')).toHaveText('Спасибо! Оценка сохранена: 5 из 5.');
    await page.reload();
    await expect(rating.getByRole('radio', { name: '5 из 5' })).toBeChecked();
    await expect(rating.getByLabel('Комментарий (необязательно)')).toHaveValue('Быстро и понятно.');
    await expect(rating).toContainText('Вы оценили услугу');
    expect(await axeFindings(page)).toEqual([]);
    await page.screenshot({ path: 'test-results/rating-case.png', fullPage: true });
  });

  await test.step('the service page: statistics after load, into reserved space', async () => {
    // Hold the statistics answer so the page is seen while they load, then let it through.
    const hold = { rules: [{ route: 'GET /api/catalog/services/*/ratings', failure: { kind: 'hang' } }] };
    expect((await api(page, 'PUT', '/api/_sim/faults/matrix', hold)).status).toBe(200);
    await page.goto('/catalog/residence-certificate');
    // Measured on the app's page: the prerendered one is replaced (in place) once the app has started.
    await waitForTakeOver(page);
    const stats = page.getByRole('region', { name: 'Оценки граждан' });
    await expect(stats).toContainText('Загружаем оценки…');
    const back = page.getByRole('link', { name: 'Вернуться в каталог' });
    const before = await back.boundingBox();
    expect((await api(page, 'PUT', '/api/_sim/faults/matrix', { rules: [] })).status).toBe(200);
    await expect(stats).toContainText('Средняя оценка: 5,0 из 5 · Оценок: 1');
    await expect(stats.getByRole('list', { name: 'Сколько поставили каждую оценку' }).getByRole('listitem')).toHaveText([
      '5 из 5: 1 (100 %)',
      '4 из 5: 0 (0 %)',
      '3 из 5: 0 (0 %)',
      '2 из 5: 0 (0 %)',
      '1 из 5: 0 (0 %)',
    ]);
    expect((await back.boundingBox())?.y).toBe(before?.y);
    expect(await axeFindings(page)).toEqual([]);
    await page.screenshot({ path: 'test-results/rating-service.png', fullPage: true });
    await page.goto('/catalog/foreign-passport');
    await expect(page.getByRole('region', { name: 'Оценки граждан' })).toContainText('Услугу ещё никто не оценил.');
  });
});

// Drafts as a citizen handles them: deleted from «Мои заявления» or from the wizard after a confirmation
// (their files go too), «Получить услугу» on a service that has a draft offers to continue it instead of
// making a second one, starting anew replaces it after a confirmation, and the review lists the files.
import { expect, test, type Page } from '@playwright/test';
import { qaInbox } from './pages/app';
import { confirmedCitizen, storedDrafts } from './pages/apply';
import { callApi, fixture } from './pages/profile';
import { expectNoViolations } from './pages/axe';

const SERVICE = 'Справка о месте жительства';
const next = (page: Page) => page.getByRole('button', { name: 'Продолжить' }).click();
const slot = (page: Page, name: string | RegExp) => page.getByRole('group', { name });

/** How many attached files the device holds (database «okno»). */
function storedFiles(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('okno');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('attachments').objectStore('attachments').count();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
        };
      }),
  );
}

/** A residence-certificate draft with the first step answered, left at the documents page with two files. */
async function draftWithFiles(page: Page): Promise<void> {
  await page.goto('/catalog/residence-certificate/apply');
  await page.getByLabel('О месте жительства — для визы и учёбы').check();
  await page.getByLabel('Куда нужна справка').selectOption({ label: 'Для визы' });
  for (let i = 0; i < 3; i++) await next(page);
  await page.getByLabel('Да', { exact: true }).check();
  await next(page);
  await next(page);
  await expect(page.getByText('Шаг 6 из 9')).toBeVisible();
  await slot(page, /Паспорт гражданина РФ/)
    .getByLabel('Выбрать файл')
    .setInputFiles(fixture('sample.pdf'));
  await expect(slot(page, /Паспорт гражданина РФ/).getByText('Приложен файл «sample.pdf»')).toBeVisible();
  await slot(page, 'СНИЛС').getByLabel('Выбрать файл').setInputFiles(fixture('sample.png'));
  await expect(slot(page, 'СНИЛС').getByText('Приложен файл «sample.png»')).toBeVisible();
  await expect.poll(() => storedFiles(page)).toBe(2);
}

test('a draft is deleted from «Мои заявления» after a confirmation, and its files go with it', async ({ page }) => {
  test.setTimeout(90_000);
  await confirmedCitizen(page);
  await draftWithFiles(page);
  await page.goto('/applications');
  const remove = page.getByRole('button', { name: `Удалить черновик «${SERVICE}»` });

  // Changing one's mind: Escape closes the dialog, focus returns to the button, the draft stays.
  await remove.click();
  const dialog = page.getByRole('dialog', { name: 'Удалить черновик?' });
  await expect(dialog).toContainText(`Черновик заявления «${SERVICE}» и приложенные к нему файлы будут удалены`);
  await expect(dialog.getByRole('button', { name: 'Оставить' })).toBeFocused();
  await expectNoViolations(page, '/applications with the delete dialog');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(remove).toBeFocused();
  expect(await storedDrafts(page)).toHaveLength(1);

  // By keyboard: open, move to «Удалить», press it.
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Shift+Tab');
  await expect(dialog.getByRole('button', { name: 'Удалить' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: `Черновик «${SERVICE}» удалён.` })).toBeVisible();
  await expect(page.getByText('Черновиков нет.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Мои черновики' })).toBeFocused();
  await expect.poll(() => storedDrafts(page)).toEqual([]);
  expect(await storedFiles(page)).toBe(0);
});

test('«Получить услугу» with a draft offers to continue it; the review lists the files; starting anew replaces it; the wizard deletes it', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await confirmedCitizen(page);
  await draftWithFiles(page);

  // The same service again: the draft is offered, no second one is made.
  await page.goto('/catalog/residence-certificate');
  await page.getByRole('link', { name: 'Получить услугу' }).click();
  await expect(page.getByText(/У вас уже есть черновик этого заявления: изменён .*, шаг 6 из 9/)).toBeVisible();
  await expectNoViolations(page, 'the continue-or-start-anew choice');
  await page.getByRole('link', { name: 'Продолжить черновик' }).click();
  await expect(page.getByText('Шаг 6 из 9')).toBeVisible();
  expect(await storedDrafts(page)).toHaveLength(1);

  // The review names every attached file with its size, and a document without one.
  await slot(page, /Подтверждение регистрации/)
    .getByLabel('Выбрать файл')
    .setInputFiles(fixture('sample.jpg'));
  await expect(slot(page, /Подтверждение регистрации/).getByText('Приложен файл «sample.jpg»')).toBeVisible();
  await next(page);
  await page.getByLabel(/Электронный документ/).check();
  await next(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Проверьте данные' })).toBeFocused();
  const files = page.getByRole('heading', { level: 3, name: 'Документы' }).locator('..');
  await expect(files.getByRole('definition').filter({ hasText: '«sample.pdf», 863 Б' })).toBeVisible();
  await expect(files.getByRole('definition').filter({ hasText: '«sample.png», 272 Б' })).toBeVisible();
  await expect(files.getByRole('definition').filter({ hasText: '«sample.jpg», 980 Б' })).toBeVisible();
  await expectNoViolations(page, 'the review with files');
  await files.getByRole('button', { name: 'Изменить: Документы' }).click();
  await expect(page.getByText('Шаг 6 из 9')).toBeVisible();

  // Start anew: asked first; then the old draft and its files are gone and the wizard starts at step 1.
  await page.goto('/catalog/residence-certificate/apply');
  await page.getByRole('button', { name: 'Начать заново' }).click();
  const dialog = page.getByRole('dialog', { name: 'Начать заново?' });
  await expect(dialog).toContainText('и приложенные к нему файлы будут удалены');
  await expect(dialog.getByRole('button', { name: 'Отмена' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Удалить черновик и начать заново' }).click();
  await expect(page.getByText('Шаг 1 из 9')).toBeVisible();
  await expect(page.getByLabel('О месте жительства — для визы и учёбы')).not.toBeChecked();
  await expect.poll(async () => (await storedDrafts(page)).map((d) => d.step)).toEqual([0]);
  expect(await storedFiles(page)).toBe(0);

  // Deleted from the wizard itself: back to the list, which says so.
  await page.getByRole('button', { name: 'Удалить черновик' }).click();
  await page.getByRole('dialog', { name: 'Удалить черновик?' }).getByRole('button', { name: 'Удалить' }).click();
  await expect(page).toHaveURL(/\/applications$/);
  await expect(page.getByRole('status').filter({ hasText: `Черновик «${SERVICE}» удалён.` })).toBeVisible();
  await expect(page.getByText('Черновиков нет.')).toBeVisible();
  await expect.poll(() => storedDrafts(page)).toEqual([]);
});

test('deleting a draft whose state fee is paid says what becomes of the payment', async ({ page }) => {
  test.setTimeout(90_000);
  await confirmedCitizen(page);
  await page.goto('/catalog/internal-passport/apply');
  await expect(page).toHaveURL(/draft=/);
  const draftId = new URL(page.url()).searchParams.get('draft');
  // The fee paid by card through the API, as the wizard's fee page does it.
  const invoice = await callApi<{ id: string }>(page, 'POST', '/api/payments/invoices', { kind: 'fee', serviceId: 'internal-passport', draftId });
  const card = { number: '4111 1111 1111 1111', expiry: '12/30', cvc: '123', holder: 'IVAN IVANOV' };
  const step = await callApi<{ attemptId: string }>(page, 'POST', `/api/payments/invoices/${invoice.body.id}/pay`, { method: 'card', card });
  const code = /Код: (\d{6})/.exec((await qaInbox(page, 'channel=sms'))[0]?.body ?? '')?.[1];
  expect((await callApi(page, 'POST', `/api/payments/invoices/${invoice.body.id}/confirm`, { attemptId: step.body.attemptId, code })).status).toBe(
    200,
  );

  await page.goto('/applications');
  await page.getByRole('button', { name: 'Удалить черновик «Выдача или замена паспорта гражданина РФ»' }).click();
  const dialog = page.getByRole('dialog', { name: 'Удалить черновик?' });
  await expect(dialog).toContainText('Госпошлина по этому черновику уже оплачена.');
  await expect(dialog).toContainText('лишний платёж можно будет вернуть');
  await dialog.getByRole('button', { name: 'Удалить' }).click();
  await expect(page.getByText('Черновиков нет.')).toBeVisible();
});

// Appeals through the UI by role and label: a complaint from a refused application followed to a signed
// answer on the simulated clock, documents requested, an outage, keyboard-only creation, axe.
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { api } from './pages/app';
import { appealStory, contactsScreenshotReview, DAY, fillRequest, jump, nextStep, stepHeading } from './pages/appeals';
import { confirmedCitizen, sendResidenceCertificate } from './pages/apply';
import { signInOperator } from './pages/operator';
import { axeFindings } from './pages/axe';

const sendButton = (page: Page) => page.getByRole('button', { name: 'Отправить обращение' });

test('a complaint from a refused application, with a screenshot, answered in term, downloaded, verified and rated', async ({ page }, info) => {
  test.setTimeout(180_000);
  await confirmedCitizen(page);
  expect((await api(page, 'POST', '/api/_sim/scenario', { scenario: 'rejected:documents_missing' })).status).toBe(200);
  await appealStory(page, 'answered');
  const { id, number } = await sendResidenceCertificate(page, 'electronic');
  await jump(page, 20 * DAY);
  await page.goto(`/applications/${id}`);
  await page.getByRole('link', { name: 'Подать жалобу на отказ' }).click();

  await expect(page.getByLabel(/^Жалоба —/)).toBeChecked();
  await nextStep(page);
  await expect(page.getByLabel('Проблемы с услугами')).toBeChecked();
  await nextStep(page);
  await expect(page.getByLabel('Номер заявления или решения')).toHaveValue(number);
  await page.getByLabel('Отказ в приёме документов').check();
  await nextStep(page);
  await nextStep(page);
  await expect(page.getByRole('alert').filter({ hasText: 'Исправьте ошибки' }).getByRole('link')).toHaveText([
    'Тема одной строкой: Заполните это поле.',
  ]);
  await page.getByLabel('Тема одной строкой').fill('ab');
  await nextStep(page);
  await expect(page.getByRole('alert').filter({ hasText: 'Исправьте ошибки' }).getByRole('link')).toHaveText([
    /^Тема одной строкой: Тема слишком короткая/,
  ]);
  await page.getByLabel('Тема одной строкой').fill('Отказ без объяснения причин');
  await nextStep(page);
  await expect(page.getByLabel('Описание')).toHaveValue(/Причина/);
  await page.getByLabel('Описание').fill('Мне отказали в справке, хотя все документы были приложены. Прошу пересмотреть решение.');
  await nextStep(page);
  await page.getByLabel('Дата и время события').fill('31.12.2099 10:00');
  await nextStep(page);
  await expect(page.getByText('не позже текущего момента').first()).toBeVisible();
  await page.getByLabel('Дата и время события').fill('');
  await nextStep(page);
  await nextStep(page);
  await contactsScreenshotReview(page);
  await sendButton(page).click();

  await expect(page.getByRole('heading', { name: 'Обращение отправлено' })).toBeVisible();
  const heading = await page.getByRole('heading', { level: 1 }).textContent();
  const appealNumber = /№ (\d{8})/.exec(heading ?? '')?.[1];
  expect(appealNumber).toMatch(/^\d{8}$/);
  await expect(page.getByText(/Ответ не позднее/).first()).toBeVisible();
  await page.screenshot({ path: info.outputPath('appeal-sent.png'), fullPage: true });

  await jump(page, 20 * DAY);
  await expect(page.getByRole('heading', { name: 'Ответ ведомства' })).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('.pill').first()).toHaveText('Ответ готов');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'JSON с подписью' }).click();
  const json = await readFile((await (await download).path())!, 'utf8');
  expect((await api<{ verdict: string }>(page, 'POST', '/api/appeals/answers/verify', { text: json })).body.verdict).toBe('valid');
  const tampered = json.replace(/\\"code\\":(\d)/, '\\"code\\":9$1');
  expect((await api<{ verdict: string }>(page, 'POST', '/api/appeals/answers/verify', { text: tampered })).body.verdict).toBe('changed');

  // Sent with one score missing: that criterion is named, and the scores already chosen stay.
  for (const criterion of ['Своевременность', 'Понятность', 'Полнота']) {
    await page.getByRole('group', { name: criterion }).getByRole('radio', { name: '5 из 5' }).check();
  }
  await page.getByRole('button', { name: 'Отправить оценку' }).click();
  const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Исправьте ошибки' }) });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText(['Вежливость: Выберите оценку от 1 до 5.']);
  await expect(page.getByRole('group', { name: 'Полнота' }).getByRole('radio', { name: '5 из 5' })).toBeChecked();
  await page.getByRole('group', { name: 'Вежливость' }).getByRole('radio', { name: '5 из 5' }).check();
  await page.getByRole('button', { name: 'Отправить оценку' }).click();
  await expect(page.getByText(/Ваша оценка: Своевременность — 5/)).toBeVisible();
  expect(await axeFindings(page)).toEqual([]);

  await page.goto('/appeals');
  await expect(page.getByRole('link', { name: appealNumber! })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Поиск по обращениям' }).fill('обьяснения');
  await expect(page.getByText('Найдено обращений: 1')).toBeVisible();
  await page.screenshot({ path: info.outputPath('appeals-list.png'), fullPage: true });
});

test('documents requested → materials added → «Перепроверено»', async ({ page }) => {
  test.setTimeout(120_000);
  await confirmedCitizen(page);
  await appealStory(page, 'documents_requested');
  await fillRequest(page, 'Не пришёл ответ на заявление');
  await sendButton(page).click();
  await expect(page.getByRole('heading', { name: 'Обращение отправлено' })).toBeVisible();
  await jump(page, 5 * DAY);
  await expect(page.getByText(/Ведомство просит:/)).toBeVisible({ timeout: 20_000 });
  await page.getByLabel('Комментарий к материалам').fill('Прилагаю описание ошибки: страница не открывалась.');
  await page.getByRole('button', { name: 'Отправить материалы' }).click();
  await expect(page.locator('.pill').first()).toHaveText('Перепроверено');
  await expect(page.getByText('Вы добавили материалы')).toBeVisible();
});

test('sent during an outage, the appeal waits in the outbox and goes once when the systems return', async ({ page }) => {
  test.setTimeout(120_000);
  await confirmedCitizen(page);
  await appealStory(page, 'manual');
  await fillRequest(page, 'Отправка во время сбоя');
  expect((await api(page, 'POST', '/api/_sim/faults', { outage: true })).status).toBe(200);
  await sendButton(page).click();
  await expect(page.getByText(/Обращение сохранено в очереди отправки/)).toBeVisible();
  expect((await api(page, 'POST', '/api/_sim/faults', { outage: false })).status).toBe(200);
  await page.goto('/appeals');
  await expect(page.getByRole('link', { name: /^\d{8}$/ })).toHaveCount(1, { timeout: 30_000 });
  await expect(page.getByText('Отправка во время сбоя')).toHaveCount(1);
});

test('an appeal can be created with the keyboard alone', async ({ page }) => {
  test.setTimeout(120_000);
  await confirmedCitizen(page);
  await appealStory(page, 'manual');
  await page.goto('/appeals/new');
  const press = (key: string) => page.keyboard.press(key);
  const enter = async () => {
    await page.getByRole('button', { name: 'Продолжить' }).focus();
    await press('Enter');
  };
  // Nothing chosen: the summary names the question and says what to do (it said «Значение не подходит»).
  await enter();
  const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Исправьте ошибки' }) });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText(['Что вы хотите сделать?: Выберите один из вариантов.']);
  await page.getByLabel(/^Предложение —/).focus();
  await press('Space');
  await enter();
  await page.getByLabel('Отзывы и предложения').focus();
  await press('Space');
  await enter();
  await enter();
  await page.getByLabel('Тема одной строкой').focus();
  await page.keyboard.type('Добавить запись к нотариусу');
  await press('Enter');
  await expect(page.getByLabel('Описание'))
    .toBeFocused({ timeout: 5_000 })
    .catch(() => undefined);
  await page.getByLabel('Описание').focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Было бы удобно записываться к нотариусу через портал.');
  for (let i = 0; i < 5; i++) await enter();
  await expect(stepHeading(page, 'Проверка')).toBeVisible();
  await sendButton(page).focus();
  await press('Enter');
  await expect(page.getByRole('heading', { name: 'Обращение отправлено' })).toBeVisible();
});

for (const lang of ['ru', 'en'] as const) {
  test(`axe finds no violations on the appeals pages (${lang})`, async ({ page }) => {
    test.setTimeout(150_000);
    await confirmedCitizen(page);
    await appealStory(page, 'manual');
    await fillRequest(page, 'Проверка доступности');
    await sendButton(page).click();
    await expect(page.getByRole('heading', { name: 'Обращение отправлено' })).toBeVisible();
    const appealPath = new URL(page.url()).pathname;
    if (lang === 'en') {
      await page.getByRole('button', { name: 'Switch to English' }).click();
      await expect(page.getByRole('heading', { name: 'Appeal sent' })).toBeVisible();
    }
    for (const path of [appealPath, '/appeals', '/appeals/new', '/appeals/stats', '/appeals/disagree']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await axeFindings(page), path).toEqual([]);
    }
  });
}

test('the operator works the queue: opens (logged for the citizen), asks for materials, answers', async ({ page }) => {
  test.setTimeout(150_000);
  await confirmedCitizen(page);
  await appealStory(page, 'manual');
  await fillRequest(page, 'Вопрос для операторской');
  await sendButton(page).click();
  await expect(page.getByRole('heading', { name: 'Обращение отправлено' })).toBeVisible();
  const appealUrl = page.url().split('?')[0]!;
  const number = /№ (\d{8})/.exec((await page.getByRole('heading', { level: 1 }).textContent()) ?? '')![1]!;

  await signInOperator(page);
  await page.goto('/operator/appeals');
  await page.getByLabel('Ваше имя (сотрудник)').fill('Петрова Ольга Ивановна');
  await page.getByLabel('Цель открытия').selectOption({ label: 'Контроль срока' });
  await page.getByRole('button', { name: `Открыть ${number}` }).click();
  await page.getByRole('button', { name: 'Зарегистрировать' }).click();
  await expect(page.getByText('Сделано: Зарегистрировать.')).toBeVisible();
  await jump(page, DAY);
  await page.getByRole('button', { name: 'К очереди' }).click();
  await page.getByRole('button', { name: `Открыть ${number}` }).click();
  // The answer is checked with the server's own schema before it goes: each wrong field is named, the
  // summary takes the focus, and what was typed stays.
  await page.getByLabel('Код результата (100–999)').fill('2.5');
  await page.getByLabel('Разъяснение').fill('Справка готовится в день обращения через портал.');
  await page.getByRole('button', { name: 'Дать ответ' }).click();
  const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Исправьте ошибки' }) });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: 'Результат: Заполните это поле.' })).toBeVisible();
  await expect(summary.getByRole('link', { name: /^Код результата \(100–999\): Значение не удалось распознать/ })).toBeVisible();
  await expect(summary.getByRole('link', { name: /^Разъяснение/ })).toHaveCount(0);
  await expect(page.getByLabel('Разъяснение')).toHaveValue('Справка готовится в день обращения через портал.');
  expect(await axeFindings(page)).toEqual([]);
  await page.getByLabel('Результат', { exact: true }).selectOption({ label: 'Выполнено' });
  await page.getByLabel('Код результата (100–999)').fill('214');
  await page.getByLabel('Разъяснение').fill('Справка готовится в день обращения через портал.');
  await page.getByLabel('Что делать заявителю дальше').fill('Подайте заявление в каталоге услуг.');
  await page.getByLabel('Исполнитель: ФИО').fill('Петрова Ольга Ивановна');
  await page.getByLabel('Должность').fill('Ведущий специалист');
  await page.getByLabel('Служебный телефон').fill('+7 495 555-01-17');
  await page.getByRole('button', { name: 'Дать ответ' }).click();
  await expect(page.getByText('Сделано: Дать ответ.')).toBeVisible();
  expect(await axeFindings(page)).toEqual([]);

  await page.goto(appealUrl);
  await expect(page.getByRole('heading', { name: 'Ответ ведомства' })).toBeVisible();
  await expect(page.getByText('214', { exact: true })).toBeVisible();
  // The clerk opened the appeal twice (registering it, then answering a day later): both are logged.
  const opened = /— Петрова Ольга Ивановна: Контроль срока$/;
  await expect(page.getByRole('region', { name: 'Кто открывал обращение в ведомстве' }).getByRole('listitem')).toHaveText([opened, opened]);
});

test('an appeal left half-way waits on «Мои обращения»: continue where it stopped, or delete it after a question', async ({ page }) => {
  await confirmedCitizen(page);
  await page.goto('/appeals');
  const card = page.getByRole('region', { name: 'Неотправленное обращение' });
  await expect(page.getByRole('heading', { level: 1, name: 'Мои обращения' })).toBeVisible();
  await expect(card).toHaveCount(0);
  await page.getByRole('link', { name: 'Создать обращение' }).click();
  await page.getByLabel(/^Запрос —/).check();
  await nextStep(page);
  await page.getByLabel('Общие вопросы').check();
  await nextStep(page);
  await nextStep(page);
  await page.getByLabel('Тема одной строкой').fill('Срок справки о составе семьи');
  await nextStep(page);
  await expect(page.getByText('Шаг 5 из 10')).toBeVisible();

  await page.getByRole('navigation', { name: 'Основные разделы' }).getByRole('link', { name: 'Обращения' }).click();
  await expect(card).toContainText('Срок справки о составе семьи');
  await expect(card).toContainText('Шаг 5 из 10');
  expect(await axeFindings(page)).toEqual([]);
  await card.getByRole('link', { name: 'Продолжить' }).click();
  await expect(page.getByText('Шаг 5 из 10')).toBeVisible();
  await expect(page.getByLabel('Описание')).toBeVisible();

  await page.goBack();
  const dialog = page.getByRole('dialog', { name: 'Удалить черновик обращения?' });
  await card.getByRole('button', { name: 'Удалить черновик' }).click();
  await expect(dialog).toContainText('«Срок справки о составе семьи»');
  await dialog.getByRole('button', { name: 'Не удалять' }).click();
  await expect(card).toBeVisible();
  await card.getByRole('button', { name: 'Удалить черновик' }).click();
  await dialog.getByRole('button', { name: 'Удалить', exact: true }).click();
  await expect(card).toHaveCount(0);
  // The card's place says what went, and holds the focus the gone button had.
  await expect(page.getByRole('status').filter({ hasText: 'Черновик «Срок справки о составе семьи» удалён.' })).toBeFocused();
  await page.getByRole('link', { name: 'Создать обращение' }).click();
  await expect(page.getByText('Шаг 1 из 10')).toBeVisible();
});

test('a support request started while an appeal is half written asks first: go on with that one, or replace it', async ({ page }) => {
  await confirmedCitizen(page);
  await page.goto('/appeals/new');
  await page.getByLabel(/^Жалоба —/).check();
  await nextStep(page);
  await expect(page.getByText('Шаг 2 из 10')).toBeVisible();

  await page.getByRole('navigation', { name: 'Основные разделы' }).getByRole('link', { name: 'Обращения' }).click();
  await page.getByRole('link', { name: 'Написать в поддержку' }).click();
  const choice = page.getByRole('region', { name: 'Неотправленное обращение' });
  await expect(choice).toContainText('Жалоба');
  await expect(choice).toContainText('Шаг 2 из 10');
  expect(await axeFindings(page)).toEqual([]);
  await choice.getByRole('button', { name: 'Продолжить неотправленное' }).click();
  await expect(page.getByText('Шаг 2 из 10')).toBeVisible();
  await expect(stepHeading(page, 'Тема')).toBeFocused();
  await expect(page).toHaveURL(/\/appeals\/new$/);

  await page.getByRole('navigation', { name: 'Основные разделы' }).getByRole('link', { name: 'Обращения' }).click();
  await page.getByRole('link', { name: 'Написать в поддержку' }).click();
  await choice.getByRole('button', { name: 'Начать новое' }).click();
  await expect(page.getByText('Шаг 1 из 11')).toBeVisible();
  await expect(stepHeading(page, 'Тип обращения')).toBeFocused();
  await expect(page.getByLabel(/^Запрос в поддержку —/)).toBeChecked();
  await page.getByRole('navigation', { name: 'Основные разделы' }).getByRole('link', { name: 'Обращения' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Мои обращения' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Неотправленное обращение' })).toHaveCount(0);
  // That support request was opened and left untouched: «Создать обращение» starts afresh, not with it.
  await page.getByRole('link', { name: 'Создать обращение' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Создать обращение' })).toBeVisible();
  await expect(page.getByText('Шаг 1 из 10')).toBeVisible();
  await expect(page.getByLabel(/^Запрос в поддержку —/)).not.toBeChecked();
});

// The citizen's profile: «Мои данные» with its checks and autosave, documents, data rights (export,
// erase, import), identity confirmation, notification settings, accessibility and keyboard use.
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  ADDRESS,
  advanceClock,
  BAD_INN,
  BAD_SNILS,
  callApi,
  CITIZEN,
  containing,
  errorSummary,
  field,
  fillPassport,
  fillRegistrationAddress,
  fixture,
  INN,
  MINUTE_MS,
  openProfileData,
  PASSPORT,
  registrationAddress,
  saveButton,
  saveProfileByApi,
  signUpCitizen,
  SNILS,
} from './pages/profile';

const MESSAGES = {
  required: 'Заполните это поле.',
  date_format: 'Дата введена неверно. Укажите существующую дату в виде ДД.ММ.ГГГГ, например 05.03.1990.',
  snils_checksum:
    'В номере СНИЛС ошибка: две последние цифры не совпадают с проверочным расчётом по остальным. Сверьте каждую цифру с документом СНИЛС.',
  inn_checksum:
    'В ИНН ошибка: две последние (контрольные) цифры не сходятся с остальными. Сверьте номер со свидетельством ИНН или с данными в личном кабинете налогоплательщика.',
  passport_issued_before_14:
    'Паспорт выдают не раньше 14 лет, а по введённым датам он выдан раньше. Проверьте дату выдачи и дату рождения.',
};
const SAVED_STANDARD = 'Данные сохранены. Уровень учётной записи: Стандартная.';
const UNSAVED = 'Есть несохранённые изменения — они хранятся на устройстве.';
const VERIFIED_WARNING = 'Изменение личных или паспортных данных снимет подтверждение личности: его нужно будет пройти заново.';

/** One line of the error summary: its link text, the field it leads to, the message under the field. */
interface Expected {
  label: string;
  field: Locator;
  message: string;
}

/** The summary lists exactly `expected` in page order; each link moves focus to its field, which shows its message. */
async function expectSummary(page: Page, expected: Expected[]): Promise<void> {
  const summary = errorSummary(page);
  await expect(summary).toBeVisible();
  await expect(summary.getByRole('link')).toHaveText(expected.map((e) => `${e.label}: ${e.message}`));
  for (const entry of expected) {
    await summary.getByRole('link', { name: `${entry.label}: ${entry.message}` }).click();
    await expect(entry.field).toBeFocused();
    await expect(entry.field).toHaveAttribute('aria-invalid', 'true');
    await expect(entry.field).toHaveAccessibleDescription(containing(entry.message));
  }
}

const documents = (page: Page) => page.getByRole('main').getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
/** The page's own live message (the header has an online/offline status too). */
const status = (page: Page) => page.getByRole('main').getByRole('status');
const levelPill = (page: Page, level: string) => page.getByRole('main').getByText(level, { exact: true });

test.describe('«Мои данные»', () => {
  test('wrong values are named in the summary and at each field; right ones save and raise the level', async ({ page }) => {
    await signUpCitizen(page, '/profile/data');
    await openProfileData(page);
    const address = registrationAddress(page);

    // A wrong SNILS is named as soon as the field is left.
    await field(page, 'СНИЛС').fill(BAD_SNILS);
    await field(page, 'СНИЛС').press('Tab');
    await expect(field(page, 'СНИЛС')).toHaveAccessibleDescription(containing(MESSAGES.snils_checksum));

    await field(page, 'Дата рождения').fill('31.02.1990');
    await fillPassport(page);
    await field(page, 'ИНН').fill(BAD_INN);
    await fillRegistrationAddress(page, { street: 'Тверская' });
    await saveButton(page).click();
    await expect(errorSummary(page)).toBeFocused();
    // Wrong in both rounds below: the numbers' check digits and the address parts left blank.
    const stillWrong = [
      { label: 'СНИЛС', field: field(page, 'СНИЛС'), message: MESSAGES.snils_checksum },
      { label: 'ИНН', field: field(page, 'ИНН'), message: MESSAGES.inn_checksum },
      { label: 'Адрес регистрации: Регион', field: field(address, 'Регион'), message: MESSAGES.required },
      { label: 'Адрес регистрации: Город или населённый пункт', field: field(address, 'Город или населённый пункт'), message: MESSAGES.required },
      { label: 'Адрес регистрации: Дом', field: field(address, 'Дом'), message: MESSAGES.required },
      { label: 'Адрес регистрации: Почтовый индекс', field: field(address, 'Почтовый индекс'), message: MESSAGES.required },
    ];
    await expectSummary(page, [
      { label: 'Дата рождения', field: field(page, 'Дата рождения'), message: MESSAGES.date_format },
      ...stillWrong,
    ]);

    // With a real birth date, a passport «issued» at nine is caught.
    await field(page, 'Дата рождения').fill(CITIZEN.birthDate);
    await field(page, 'Дата выдачи').fill('01.02.2000');
    await saveButton(page).click();
    await expectSummary(page, [
      { label: 'Дата выдачи', field: field(page, 'Дата выдачи'), message: MESSAGES.passport_issued_before_14 },
      ...stillWrong,
    ]);

    await field(page, 'Дата выдачи').fill(PASSPORT.issueDate);
    await field(page, 'СНИЛС').fill(SNILS);
    await field(page, 'ИНН').fill(INN);
    await fillRegistrationAddress(page);
    await saveButton(page).click();
    await expect(status(page).filter({ hasText: 'Данные сохранены.' })).toHaveText(SAVED_STANDARD);
    await expect(errorSummary(page)).toBeHidden();
    await expect(field(page, 'СНИЛС')).toHaveAttribute('aria-invalid', 'false');
    await expect(page.getByText(UNSAVED)).toBeHidden();

    await page.goto('/profile');
    await expect(levelPill(page, 'Стандартная')).toBeVisible();
    await page.goto('/profile/journal');
    await expect(page.getByRole('cell', { name: 'Изменены личные данные' })).toBeVisible();
  });

  test('a reload in the middle of editing loses nothing', async ({ page }) => {
    await signUpCitizen(page, '/profile/data');
    await openProfileData(page);
    const typed: [string, string][] = [
      ['Фамилия', 'Сидорова'],
      ['Кем выдан', PASSPORT.issuedBy],
      ['СНИЛС', SNILS],
      ['ИНН', INN],
      ['Электронная почта', 'maria.sidorova@example.ru'],
    ];
    for (const [label, value] of typed) await field(page, label).fill(value);
    await expect(page.getByText(UNSAVED)).toBeVisible();
    // The autosave writes the device copy within 300 ms, with no page hide to flush it.
    const stored = () => page.evaluate(
      () =>
        new Promise<Record<string, unknown>>((resolve, reject) => {
          const open = indexedDB.open('okno');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction('profile').objectStore('profile').getAll();
            request.onsuccess = () => {
              open.result.close();
              resolve((request.result[0]?.data?.values ?? {}) as Record<string, unknown>);
            };
          };
        }),
    );
    await expect.poll(stored).toMatchObject({ surname: 'Сидорова', 'passport.issuedBy': PASSPORT.issuedBy, snils: SNILS, inn: INN });

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Мои данные' })).toBeVisible();
    for (const [label, value] of typed) await expect(field(page, label)).toHaveValue(value);
    await expect(page.getByText(UNSAVED)).toBeVisible();

    // The kept edits save like fresh ones (the lone passport part is cleared first), and the notice goes.
    await field(page, 'Кем выдан').fill('');
    await saveButton(page).click();
    await expect(status(page).filter({ hasText: 'Данные сохранены.' })).toBeVisible();
    await expect(page.getByText(UNSAVED)).toBeHidden();
  });

  test('«Проверить адрес» spells out abbreviations and names the missing parts', async ({ page }) => {
    await signUpCitizen(page, '/profile/data');
    await openProfileData(page);
    const address = registrationAddress(page);
    await fillRegistrationAddress(page, { street: 'ул.Тверская', house: 'д. 7' });
    await address.getByRole('button', { name: 'Проверить адрес' }).click();
    await expect(field(address, 'Улица')).toHaveValue('улица Тверская');
    await expect(field(address, 'Дом')).toHaveValue('7');
    await expect(field(address, 'Страна')).toHaveValue('Россия');
    const result = address.getByRole('status');
    await expect(result).toContainText('Сокращения раскрыты: «ул.Тверская» → «улица Тверская», «д. 7» → «7».');
    await expect(result).toContainText('Не хватает: Регион, Город или населённый пункт, Почтовый индекс.');

    await fillRegistrationAddress(page, { region: ADDRESS.region, city: 'г. Москва', postalIndex: '125 009' });
    await address.getByRole('button', { name: 'Проверить адрес' }).click();
    await expect(field(address, 'Город или населённый пункт')).toHaveValue('город Москва');
    await expect(field(address, 'Почтовый индекс')).toHaveValue('125009');
    await expect(result).not.toContainText('Не хватает');
  });

  test('changing the passport of a confirmed account warns that the confirmation will go', async ({ page }) => {
    await signUpCitizen(page);
    await saveProfileByApi(page);
    await page.goto('/profile/identity');
    await page.getByRole('button', { name: 'Подписать и подтвердить' }).click();
    await expect(page.getByText('Личность подтверждена. Теперь доступны все услуги.')).toBeVisible();

    await page.goto('/profile/data');
    await openProfileData(page);
    const warning = page.getByRole('alert').filter({ hasText: VERIFIED_WARNING });
    await expect(field(page, 'Номер паспорта')).toHaveValue(PASSPORT.number);
    await expect(warning).toBeHidden();
    await field(page, 'Номер паспорта').fill('654321');
    await expect(warning).toBeVisible();
    await field(page, 'Номер паспорта').fill(PASSPORT.number);
    await expect(warning).toBeHidden();

    await field(page, 'Номер паспорта').fill('654321');
    await saveButton(page).click();
    await expect(status(page).filter({ hasText: 'Данные сохранены.' })).toHaveText(SAVED_STANDARD);
    await page.goto('/profile');
    await expect(levelPill(page, 'Стандартная')).toBeVisible();
  });
});

test('documents: two real files are added, a spoofed one refused; rename and delete show at once in every tab', async ({ page, context }) => {
  await signUpCitizen(page, '/profile/documents');
  await expect(page.getByRole('heading', { level: 1, name: 'Документы' })).toBeVisible();
  await expect(page.getByText('Документов пока нет.')).toBeVisible();
  const token = await page.evaluate(() => sessionStorage.getItem('okno.session'));
  const other = await context.newPage();
  await other.addInitScript((value) => sessionStorage.setItem('okno.session', value ?? ''), token);
  await other.goto('/profile/documents');
  await expect(other.getByText('Документов пока нет.')).toBeVisible();

  await page.getByLabel('Добавить документы').setInputFiles([fixture('sample.pdf'), fixture('spoofed-exe.pdf'), fixture('sample.png')]);
  const results = status(page);
  await expect(results.getByText('Документ «sample.pdf» добавлен.')).toBeVisible();
  await expect(results.getByText('Документ «sample.png» добавлен.')).toBeVisible();
  await expect(results.getByText(/^Файл «spoofed-exe\.pdf» не является PDF, JPG или PNG/)).toBeVisible();
  // Newest first; the title is the file name without its extension.
  await expect(documents(page).getByRole('heading', { level: 3 })).toHaveText(['sample', 'sample']);
  await expect(documents(other)).toHaveCount(2);

  await page.getByRole('button', { name: 'Переименовать «sample»' }).first().click();
  await page.getByLabel('Новое название').fill('Скан паспорта');
  await page.getByRole('button', { name: 'Сохранить название' }).click();
  await expect(documents(page).getByRole('heading', { level: 3 })).toHaveText(['Скан паспорта', 'sample']);
  await expect(documents(other).getByRole('heading', { level: 3 })).toHaveText(['Скан паспорта', 'sample']);
  await page.getByRole('button', { name: 'Просмотреть «Скан паспорта»' }).click();
  await expect(page.getByRole('img', { name: 'Скан паспорта' })).toBeVisible();

  await page.getByRole('button', { name: 'Удалить «sample»' }).click();
  const dialog = page.getByRole('dialog', { name: 'Удалить документ «sample»?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Удалить', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(results.getByText('Документ «sample» удалён.')).toBeVisible();
  await expect(documents(page).getByRole('heading', { level: 3 })).toHaveText(['Скан паспорта']);
  await expect(documents(other).getByRole('heading', { level: 3 })).toHaveText(['Скан паспорта']);

  await page.goto('/profile/journal');
  const journal = page.getByRole('main').getByRole('table');
  await expect(journal.getByRole('cell', { name: 'Добавлен документ', exact: true })).toHaveCount(2);
  await expect(journal.getByRole('cell', { name: 'Документ переименован', exact: true })).toBeVisible();
  await expect(journal.getByRole('cell', { name: 'Удалён документ', exact: true })).toBeVisible();
});

test('data rights: export, erase and import bring the profile and documents back; damaged or foreign files change nothing', async ({ page }) => {
  test.slow(); // a whole journey: eleven page loads, an erase and an import
  await signUpCitizen(page);
  await saveProfileByApi(page);
  await page.goto('/profile/documents');
  await page.getByLabel('Добавить документы').setInputFiles(fixture('sample.pdf'));
  await expect(documents(page)).toHaveCount(1);

  await page.goto('/profile/privacy');
  await expect(page.getByRole('heading', { level: 1, name: 'Управление данными' })).toBeVisible();
  const message = status(page);
  await page.getByRole('button', { name: 'Скачать мои данные' }).click();
  await expect(message).toHaveText('Архив готов. Сохраните его в надёжном месте: в нём ваши персональные данные.');
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: /^Сохранить файл okno-\d{4}-\d{2}-\d{2}\.okno\.json$/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^okno-\d{4}-\d{2}-\d{2}\.okno\.json$/);
  const archivePath = await download.path();
  const archiveText = readFileSync(archivePath, 'utf8');
  expect(JSON.parse(archiveText).payload.profile).toMatchObject({ snils: SNILS, surname: CITIZEN.surname });

  await page.getByRole('button', { name: 'Удалить мои данные' }).click();
  const dialog = page.getByRole('dialog', { name: 'Удалить все ваши данные?' });
  await dialog.getByRole('button', { name: 'Да, удалить' }).click();
  await expect(message).toHaveText('Ваши данные удалены.');

  const archiveInput = page.getByLabel('Архив Окна');
  const tampered = archiveText.replace(CITIZEN.patronymic, 'Петровны');
  expect(tampered).not.toBe(archiveText);
  await archiveInput.setInputFiles({ name: 'okno-copy.okno.json', mimeType: 'application/json', buffer: Buffer.from(tampered) });
  await expect(message).toHaveText('Архив повреждён: его содержимое не совпадает с контрольной суммой. Ничего не изменено.');
  await archiveInput.setInputFiles(fixture('sample.pdf'));
  await expect(message).toHaveText('Этот файл не архив Окна: его нельзя прочитать. Ничего не изменено.');

  await page.goto('/profile/data');
  await openProfileData(page);
  await expect(field(page, 'СНИЛС')).toHaveValue('');
  await expect(field(page, 'Серия паспорта')).toHaveValue('');
  await page.goto('/profile/documents');
  await expect(page.getByText('Документов пока нет.')).toBeVisible();

  await page.goto('/profile/privacy');
  await page.getByLabel('Архив Окна').setInputFiles(archivePath);
  await expect(message).toHaveText(/^Архив загружен: восстановлено записей — \d+\.$/);

  await page.goto('/profile/data');
  await openProfileData(page);
  await expect(field(page, 'СНИЛС')).toHaveValue(SNILS);
  await expect(field(page, 'Серия паспорта')).toHaveValue(PASSPORT.series);
  await expect(field(page, 'Отчество')).toHaveValue(CITIZEN.patronymic);
  await expect(page.getByText(UNSAVED)).toBeHidden();
  await page.goto('/profile/documents');
  await expect(documents(page).getByRole('heading', { level: 3 })).toHaveText(['sample']);
  await page.goto('/profile');
  await expect(levelPill(page, 'Стандартная')).toBeVisible();
  await page.goto('/profile/journal');
  const journal = page.getByRole('main').getByRole('table');
  await expect(journal.getByRole('cell', { name: 'Данные удалены', exact: true })).toBeVisible();
  await expect(journal.getByRole('cell', { name: 'Данные загружены', exact: true })).toBeVisible();
  await expect(journal.getByRole('cell', { name: 'Добавлен документ', exact: true })).toBeVisible();
});

test('the journal records an export', async ({ page }) => {
  await signUpCitizen(page, '/profile/privacy');
  await page.getByRole('button', { name: 'Скачать мои данные' }).click();
  await expect(page.getByRole('link', { name: /^Сохранить файл / })).toBeVisible();
  await page.goto('/profile/journal');
  await expect(page.getByRole('main').getByRole('cell', { name: 'Данные выгружены', exact: true })).toBeVisible();
});

test.describe('identity confirmation', () => {
  test('an electronic signature confirms the identity at once', async ({ page }) => {
    await signUpCitizen(page);
    await saveProfileByApi(page);
    await page.goto('/profile/identity');
    await expect(page.getByRole('heading', { level: 1, name: 'Подтверждение личности' })).toBeVisible();
    await expect(levelPill(page, 'Стандартная')).toBeVisible();
    await page.getByRole('button', { name: 'Подписать и подтвердить' }).click();
    await expect(status(page)).toHaveText('Личность подтверждена. Теперь доступны все услуги.');
    await expect(page.getByText(/^Личность подтверждена .+ \(электронной подписью\)\.$/)).toBeVisible();
    await page.goto('/profile');
    await expect(levelPill(page, 'Личность подтверждена')).toBeVisible();
  });

  /** Sends a passport scan and a selfie; the department answers an hour later on the simulated clock. */
  async function sendScanAndSelfie(page: Page): Promise<void> {
    await signUpCitizen(page);
    await saveProfileByApi(page);
    // The check takes an hour; the default 30-minute inactivity timeout would end the session first.
    expect((await callApi(page, 'PATCH', '/api/me/security', { inactivityMinutes: 240 })).status).toBe(200);
    await page.goto('/profile/identity');
    await page.getByLabel('Скан паспорта', { exact: true }).setInputFiles(fixture('sample.pdf'));
    await page.getByLabel('Селфи с паспортом').setInputFiles(fixture('sample.jpg'));
    await page.getByRole('button', { name: 'Отправить на проверку' }).click();
    await expect(status(page)).toHaveText('Документы отправлены на проверку. Файлы сохранены в разделе «Документы».');
    await expect(page.getByText(/^Документы на проверке\. Ответ ожидается к .+\.$/)).toBeVisible();
    await page.getByRole('button', { name: 'Проверить статус' }).click();
    await expect(page.getByText(/^Документы на проверке\./)).toBeVisible();
    await advanceClock(page, 61 * MINUTE_MS);
  }

  // Regression: «Проверить статус» once re-read only the scan state, not the account level the page
  // follows, so it offered the scan form again instead of the confirmation.
  test('a scan with a selfie is confirmed an hour later: «Проверить статус» shows it', async ({ page }) => {
    await sendScanAndSelfie(page);
    // The page's own periodic session check may bring the answer first; then the button is gone.
    await page.getByRole('button', { name: 'Проверить статус' }).click({ timeout: 3_000 }).catch(() => undefined);
    await expect(page.getByText(/^Личность подтверждена .+ \(по скану паспорта и селфи\)\.$/)).toBeVisible();
  });

  test('a scan with a selfie is confirmed an hour later: a reload shows it, the files are in «Документы»', async ({ page }) => {
    await sendScanAndSelfie(page);
    await page.reload();
    await expect(page.getByText(/^Личность подтверждена .+ \(по скану паспорта и селфи\)\.$/)).toBeVisible();
    await expect(levelPill(page, 'Личность подтверждена')).toBeVisible();
    await page.goto('/profile/documents');
    await expect(documents(page).getByRole('heading', { level: 3 })).toHaveText(['Селфи с паспортом', 'Скан паспорта']);
  });
});

test('settings: a channel switched on is saved and stays after a reload; English changes the page', async ({ page }) => {
  await signUpCitizen(page, '/profile/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Настройки' })).toBeVisible();
  const newsSms = page.getByRole('checkbox', { name: 'Новости портала: SMS' });
  const statusEmail = page.getByRole('checkbox', { name: 'Изменения статуса заявлений: Почта' });
  await expect(newsSms).not.toBeChecked();
  await expect(statusEmail).toBeChecked();
  await newsSms.check();
  await expect(status(page)).toHaveText('Настройки уведомлений сохранены.');
  await statusEmail.uncheck();
  await expect(status(page)).toHaveText('Настройки уведомлений сохранены.');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Настройки' })).toBeVisible();
  await expect(newsSms).toBeChecked();
  await expect(statusEmail).not.toBeChecked();

  await page.getByRole('radio', { name: 'English' }).check();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('checkbox', { name: 'Portal news: SMS' })).toBeChecked();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await page.getByRole('radio', { name: 'Русский' }).check();
  await expect(page.getByRole('heading', { level: 1, name: 'Настройки' })).toBeVisible();
});

test.describe('accessibility', () => {
  async function violations(page: Page): Promise<string[]> {
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }

  test('axe finds no violations on «Мои данные», also with the error summary shown', async ({ page }) => {
    await signUpCitizen(page, '/profile/data');
    await openProfileData(page);
    expect(await violations(page)).toEqual([]);
    await field(page, 'СНИЛС').fill(BAD_SNILS);
    await saveButton(page).click();
    await expect(errorSummary(page)).toBeFocused();
    expect(await violations(page)).toEqual([]);
  });

  test('axe finds no violations on «Документы» with a document listed, previewed and the delete dialog open', async ({ page }) => {
    await signUpCitizen(page, '/profile/documents');
    await page.getByLabel('Добавить документы').setInputFiles(fixture('sample.png'));
    await expect(documents(page)).toHaveCount(1);
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Просмотреть «sample»' }).click();
    await expect(page.getByRole('img', { name: 'sample' })).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Удалить «sample»' }).click();
    await expect(page.getByRole('dialog', { name: 'Удалить документ «sample»?' })).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test('axe finds no violations on «Управление данными», also with the download link and the erase dialog', async ({ page }) => {
    await signUpCitizen(page, '/profile/privacy');
    await expect(page.getByRole('heading', { level: 1, name: 'Управление данными' })).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Скачать мои данные' }).click();
    await expect(page.getByRole('link', { name: /^Сохранить файл / })).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Удалить мои данные' }).click();
    await expect(page.getByRole('dialog', { name: 'Удалить все ваши данные?' })).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test('axe finds no violations on «Подтверждение личности»', async ({ page }) => {
    await signUpCitizen(page);
    await saveProfileByApi(page);
    await page.goto('/profile/identity');
    await expect(page.getByRole('button', { name: 'Подписать и подтвердить' })).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test('axe finds no violations on «Настройки»', async ({ page }) => {
    await signUpCitizen(page, '/profile/settings');
    await expect(page.getByRole('checkbox', { name: 'Новости портала: SMS' })).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test('axe finds no violations on «Журнал действий» with entries', async ({ page }) => {
    await signUpCitizen(page, '/profile/settings');
    await page.getByRole('checkbox', { name: 'Новости портала: SMS' }).check();
    await expect(status(page)).toHaveText('Настройки уведомлений сохранены.');
    await page.goto('/profile/journal');
    await expect(page.getByRole('cell', { name: 'Изменены настройки уведомлений' })).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
});

/** Presses Tab until `target` has the focus; fails after `limit` presses. */
async function tabTo(page: Page, target: Locator, limit = 120): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Tab did not reach ${target} in ${limit} presses`);
}

test('keyboard only: Tab to «Сохранить», Enter, the summary takes focus and its first link leads to the field', async ({ page }) => {
  await signUpCitizen(page, '/profile/data');
  await openProfileData(page);
  const snils = field(page, 'СНИЛС');
  await tabTo(page, snils);
  await page.keyboard.type(BAD_SNILS);
  await tabTo(page, saveButton(page));
  await page.keyboard.press('Enter');
  const summary = errorSummary(page);
  await expect(summary).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(summary.getByRole('link').first()).toBeFocused();
  await expect(summary.getByRole('link').first()).toHaveText(`СНИЛС: ${MESSAGES.snils_checksum}`);
  await page.keyboard.press('Enter');
  await expect(snils).toBeFocused();
  await expect(snils).toHaveValue(BAD_SNILS);
});

// «Мои данные» end to end: the checks and their error summary, autosave on the device, saving,
// the warning before changing confirmed data, and the form with the keyboard alone.
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  ADDRESS,
  BAD_INN,
  BAD_SNILS,
  CITIZEN,
  containing,
  errorSummary,
  field,
  fillPassport,
  fillRegistrationAddress,
  INN,
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
  passport_issued_before_14: 'Паспорт выдают не раньше 14 лет, а по введённым датам он выдан раньше. Проверьте дату выдачи и дату рождения.',
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

/** The page's own live message (the header has an online/offline status too). */
const status = (page: Page) => page.getByRole('main').getByRole('status');
const levelPill = (page: Page, level: string) => page.getByRole('main').getByText(level, { exact: true });

test.describe('«Мои данные»', () => {
  test('wrong values are named in the summary and at each field; right ones save and raise the level', async ({ page }) => {
    await signUpCitizen(page, '/profile/data');
    await openProfileData(page);
    const address = registrationAddress(page);
    // The sign-in phone is shown in groups, as people write it.
    await expect(field(page, 'Мобильный телефон')).toHaveValue('+7 912 345-67-89');

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
    await expectSummary(page, [{ label: 'Дата рождения', field: field(page, 'Дата рождения'), message: MESSAGES.date_format }, ...stillWrong]);

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
    const stored = () =>
      page.evaluate(
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

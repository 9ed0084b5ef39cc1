// Encryption at rest (issue 17.5) as a citizen meets it: turned on in «Безопасность», a draft with a
// distinctive surname and passport and an attached file leave nothing readable in IndexedDB (read raw,
// every object store of «okno»); after a reload a lock screen asks for the password (a wrong one is
// refused with a message), the right one brings the draft back; signing out leaves nothing readable.
import { expect, test, type Page } from '@playwright/test';
import { signOut, submitLogin } from './pages/account';
import { confirmedCitizen } from './pages/apply';
import { CITIZEN, fixture } from './pages/profile';
import { expectNoViolations } from './pages/axe';

const SURNAME = 'Вяземская-Тригорьева';
const PASSPORT_NUMBER = '771199';
const next = (page: Page) => page.getByRole('button', { name: 'Продолжить' }).click();

/**
 * Every value of every object store of «okno» as text: rows as JSON, Blobs as their text, binary
 * (sealed bytes) decoded as UTF-8, so a personal value in clear anywhere shows up.
 */
function rawDatabaseText(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('okno');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names, 'readonly');
          const values: unknown[] = [];
          for (const name of names) {
            const all = tx.objectStore(name).getAll();
            all.onsuccess = () => values.push(...all.result);
          }
          tx.oncomplete = async () => {
            db.close();
            const parts: string[] = [];
            const walk = async (value: unknown): Promise<void> => {
              if (value instanceof Blob) parts.push(await value.text());
              else if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) parts.push(new TextDecoder().decode(value as ArrayBuffer));
              else if (value && typeof value === 'object') for (const inner of Object.values(value)) await walk(inner);
              else parts.push(String(value));
            };
            for (const value of values) await walk(value);
            resolve(parts.join('\n'));
          };
        };
      }),
  );
}

test('encryption on: nothing personal in clear in IndexedDB, a lock screen after a reload, the draft back with the password', async ({ page }) => {
  test.setTimeout(120_000);
  await confirmedCitizen(page);

  // «Безопасность»: turned on with the account password.
  await page.goto('/profile/security');
  const section = page.getByRole('region', { name: 'Шифрование данных на устройстве' });
  await expect(section.getByText('Шифрование выключено')).toBeVisible();
  // A mistyped password is refused by the server before it could wrap the key (and lock the data away).
  await section.getByLabel('Пароль от учётной записи').fill(`${CITIZEN.password}x`);
  await section.getByRole('button', { name: 'Включить шифрование' }).click();
  await expect(section.getByText('Это не пароль вашей учётной записи.', { exact: false })).toBeVisible();
  await expect(section.getByLabel('Пароль от учётной записи')).toBeFocused();
  await section.getByLabel('Пароль от учётной записи').fill(CITIZEN.password);
  await section.getByRole('button', { name: 'Включить шифрование' }).click();
  await expect(section.getByRole('status')).toHaveText('Шифрование включено: данные на устройстве перезаписаны в зашифрованном виде.');

  // Opening an address anew is a reload: the key is gone from memory, the password opens the data again.
  await page.goto('/catalog/residence-certificate/apply');
  await page.getByLabel('Пароль', { exact: true }).fill(CITIZEN.password);
  await page.getByRole('button', { name: 'Открыть данные' }).click();

  // A draft with a distinctive surname and passport number, and a file.
  await page.getByLabel('О месте жительства — для визы и учёбы').check();
  await page.getByLabel('Куда нужна справка').selectOption({ label: 'Для визы' });
  await next(page);
  await page.getByLabel('Фамилия').fill(SURNAME);
  await page.getByLabel('Номер паспорта').fill(PASSPORT_NUMBER);
  await next(page);
  await next(page);
  await page.getByLabel('Да', { exact: true }).check();
  await next(page);
  await next(page);
  await expect(page.getByText('Шаг 6 из 9')).toBeVisible();
  const passportSlot = page.getByRole('group', { name: /Паспорт гражданина РФ/ });
  await passportSlot.getByLabel('Выбрать файл').setInputFiles(fixture('sample.pdf'));
  await expect(passportSlot.getByText('Приложен файл «sample.pdf»')).toBeVisible();

  // The raw database: the draft and the file are there (sealed), their values are not.
  await expect.poll(async () => (await rawDatabaseText(page)).includes('%PDF')).toBe(false);
  const raw = await rawDatabaseText(page);
  for (const secret of [SURNAME, PASSPORT_NUMBER, 'sample.pdf', CITIZEN.surname]) expect(raw, `«${secret}» in clear`).not.toContain(secret);

  // A reload forgets the key: the lock screen asks for the password.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Данные на устройстве зашифрованы' })).toBeVisible();
  await expectNoViolations(page, 'the lock screen');
  const password = page.getByLabel('Пароль', { exact: true });
  await expect(password).toBeFocused();
  await password.fill('Neverno#1');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Неверный пароль' })).toBeVisible();
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await expectNoViolations(page, 'the lock screen with a wrong password');
  await password.fill(CITIZEN.password);
  await page.keyboard.press('Enter');

  // Open: the draft is back with what was typed (and its file).
  await expect(page.getByText('Шаг 6 из 9')).toBeVisible();
  await expect(page.getByRole('group', { name: /Паспорт гражданина РФ/ }).getByText('Приложен файл «sample.pdf»')).toBeVisible();
  await page.getByRole('link', { name: 'Мои заявления' }).click();
  await page
    .getByRole('link', { name: /Справка о месте жительства/ })
    .first()
    .click();
  await expect(page.getByText('Шаг 6 из 9')).toBeVisible();
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Назад' }).click();
  await expect(page.getByText('Шаг 2 из 9')).toBeVisible();
  await expect(page.getByLabel('Фамилия')).toHaveValue(SURNAME);
  await expect(page.getByLabel('Номер паспорта')).toHaveValue(PASSPORT_NUMBER);

  // Signed out: the device holds the data sealed, nothing readable.
  await signOut(page);
  const after = await rawDatabaseText(page);
  for (const secret of [SURNAME, PASSPORT_NUMBER, 'sample.pdf', '%PDF']) expect(after, `«${secret}» in clear after sign-out`).not.toContain(secret);
});

test('the lock screen in English, and signing out from it', async ({ page }) => {
  test.setTimeout(90_000);
  await confirmedCitizen(page);
  await page.goto('/profile/security');
  const section = page.getByRole('region', { name: 'Шифрование данных на устройстве' });
  await section.getByLabel('Пароль от учётной записи').fill(CITIZEN.password);
  await section.getByRole('button', { name: 'Включить шифрование' }).click();
  await expect(section.getByText('Шифрование включено.')).toBeVisible();
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('button', { name: 'Переключить на русский' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'The data on this device is encrypted' })).toBeVisible();
  await page.getByLabel('Password', { exact: true }).fill('wrong-one');
  await page.getByRole('button', { name: 'Open my data' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Wrong password: the data was not opened.' })).toBeVisible();
  await expectNoViolations(page, 'the English lock screen');
  await page.getByRole('button', { name: 'Sign out of the account' }).click();
  await expect(page).toHaveURL(/\/login/);
});

test('kiosk mode: encryption is on by default for a visitor who signs in on the stand', async ({ page }) => {
  test.setTimeout(90_000);
  await confirmedCitizen(page);
  await page.getByRole('link', { name: 'Демо-стенд' }).click();
  await page.getByLabel('Завершать сеанс после бездействия').selectOption({ label: '15 мин' });
  await expect(page.getByRole('status').filter({ hasText: 'Сохранено: 15 мин.' })).toBeVisible();
  await signOut(page);
  await submitLogin(page, CITIZEN.phone, CITIZEN.password);
  await expect(page).toHaveURL(/\/profile$/);
  await page.getByRole('link', { name: 'Безопасность' }).click();
  const section = page.getByRole('region', { name: 'Шифрование данных на устройстве' });
  await expect(section.getByText('Шифрование включено.')).toBeVisible();
  await expect(section.getByText('На демо-стенде шифрование включается при входе само.')).toBeVisible();
  await expectNoViolations(page, '«Безопасность» with encryption on');
  // The profile copy the stand keeps is sealed: the surname is not in clear anywhere.
  expect(await rawDatabaseText(page)).not.toContain(CITIZEN.surname);
});

// The account feature end to end: registration with an SMS code, sign-in by phone, e-mail and SNILS,
// the second factor, password reset, lock-out, the simulated inbox, the journal and the idle timeout.
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  advanceClock,
  consentBox,
  enterCode,
  errorSummary,
  expectProfile,
  field,
  fillPasswordStep,
  fillPersonStep,
  fillPhoneStep,
  headerProfile,
  headerSignIn,
  lastMessageId,
  loginFailure,
  MINUTE_MS,
  NEW_PASSWORD,
  newAccount,
  readCode,
  readInbox,
  registerViaUi,
  signIn,
  signOut,
  stepHeading,
  submitLogin,
  wrongCode,
} from './pages/account';
import { api, expectHeading, openApp } from './pages/app';

const BAD_CREDENTIALS = 'Неверный логин или пароль. Проверьте раскладку и Caps Lock.';

test('register with the code from the SMS inbox and land on the profile with a welcome', async ({ page }) => {
  const account = await registerViaUi(page);
  await expect(page).toHaveURL(/\/profile\?welcome=true$/);
  await expect(page.getByRole('status').filter({ hasText: 'Анна, учётная запись создана. Подтвердите личность, чтобы открыть все услуги.' })).toBeVisible();
  await expect(headerProfile(page)).toBeVisible();
  await expect(headerSignIn(page)).toHaveCount(0);
  await expect(page.getByText('Упрощённая')).toBeVisible();
  await expect(page.getByText(/^\+7\s?\(?912\)?\s?345-?67-?89$/)).toBeVisible();
  await expect(page.getByText(account.email)).toBeVisible();
});

test('registration validation: summary links to fields, dates and passwords are explained, nothing is lost going back', async ({ page }) => {
  const account = newAccount();
  await openApp(page, '/register');
  await expect(page.getByText('Шаг 1 из 5')).toBeVisible();

  // Empty phone: the summary takes focus and its link moves focus to the field.
  await page.getByRole('button', { name: 'Продолжить' }).click();
  const summary = errorSummary(page);
  await expect(summary).toBeFocused();
  const phoneLink = summary.getByRole('link', { name: 'Мобильный телефон: Заполните это поле.' });
  await phoneLink.click();
  await expect(field(page, 'Мобильный телефон')).toBeFocused();
  await expect(field(page, 'Мобильный телефон')).toHaveAttribute('aria-invalid', 'true');

  await fillPhoneStep(page, account.phone);
  await expect(stepHeading(page, 'Код из SMS')).toBeVisible();
  await enterCode(page, await readCode(page, account.phone));

  // A day that does not exist.
  await fillPersonStep(page, { ...account, birthDate: '31.02.1990' });
  const dateMessage = 'Дата введена неверно. Укажите существующую дату в виде ДД.ММ.ГГГГ, например 05.03.1990.';
  await expect(errorSummary(page)).toBeFocused();
  await expect(errorSummary(page).getByRole('link')).toHaveText([`Дата рождения: ${dateMessage}`]);
  await expect(field(page, 'Дата рождения')).toHaveAttribute('aria-invalid', 'true');
  await expect(field(page, 'Дата рождения')).toHaveAccessibleDescription(new RegExp(dateMessage.replace(/[.()]/g, '\\$&')));
  await errorSummary(page).getByRole('link', { name: /Дата рождения/ }).click();
  await expect(field(page, 'Дата рождения')).toBeFocused();
  await field(page, 'Дата рождения').fill(account.birthDate);
  await page.getByRole('button', { name: 'Продолжить' }).click();

  // The rules list follows the typing.
  await expect(stepHeading(page, 'Пароль')).toBeVisible();
  const rules = page.getByRole('list', { name: 'Требования к паролю' }).getByRole('listitem');
  const rule = (text: string) => rules.filter({ hasText: text });
  await expect(rules).toHaveCount(7);
  await expect(rule('заглавная буква')).toHaveText('Не выполнено: заглавная буква');
  await expect(page.getByText('Надёжность пароля: не задан')).toBeVisible();
  await field(page, 'Пароль').fill('Zelenyj');
  await expect(rule('заглавная буква')).toHaveText('Выполнено: заглавная буква');
  await expect(rule('строчная буква')).toHaveText('Выполнено: строчная буква');
  await expect(rule('цифра')).toHaveText('Не выполнено: цифра');
  await expect(rule('не меньше 8 символов')).toHaveText('Не выполнено: не меньше 8 символов');
  await field(page, 'Пароль').fill('Zelenyj1234');
  await expect(rule('цифра')).toHaveText('Выполнено: цифра');
  await expect(rule('без последовательностей')).toHaveText(/^Не выполнено: /);
  await field(page, 'Пароль').fill(account.password);
  for (const item of await rules.all()) await expect(item).toHaveText(/^Выполнено: /);
  await expect(page.getByText('Надёжность пароля: надёжный')).toBeVisible();

  // A repeat that does not match.
  await fillPasswordStep(page, account.password, 'Zelenyj#Sad8');
  const mismatch = 'Пароли не совпадают. Введите тот же пароль ещё раз.';
  await expect(errorSummary(page).getByRole('link')).toHaveText([`Пароль ещё раз: ${mismatch}`]);
  await expect(field(page, 'Пароль ещё раз')).toHaveAttribute('aria-invalid', 'true');
  await field(page, 'Пароль ещё раз').fill(account.password);
  await page.getByRole('button', { name: 'Продолжить' }).click();

  // Back and forth keeps everything.
  await expect(stepHeading(page, 'Согласие')).toBeVisible();
  await consentBox(page).check();
  await page.getByRole('button', { name: 'Назад' }).click();
  await expect(stepHeading(page, 'Пароль')).toBeVisible();
  await expect(field(page, 'Пароль')).toHaveValue(account.password);
  await expect(field(page, 'Пароль ещё раз')).toHaveValue(account.password);
  await page.getByRole('button', { name: 'Назад' }).click();
  await expect(stepHeading(page, 'Личные данные')).toBeVisible();
  await expect(field(page, 'Фамилия')).toHaveValue(account.surname);
  await expect(field(page, 'Имя')).toHaveValue(account.name);
  await expect(field(page, 'Отчество')).toHaveValue(account.patronymic);
  await expect(field(page, 'Дата рождения')).toHaveValue(account.birthDate);
  await expect(page.getByRole('radio', { name: 'Женский' })).toBeChecked();
  await expect(field(page, 'Электронная почта')).toHaveValue(account.email);
  await page.getByRole('button', { name: 'Продолжить' }).click();
  await expect(field(page, 'Пароль')).toHaveValue(account.password);
  await page.getByRole('button', { name: 'Продолжить' }).click();
  await expect(consentBox(page)).toBeChecked();
  await page.getByRole('button', { name: 'Создать учётную запись' }).click();
  await expectProfile(page, account);
});

// Regression (fixed; was src/ui/form/TextField.tsx, onBlur, lines 45-52; the error <span> is inserted above the <input>):
// a field is checked when it loses focus, and its error text appears above the input at once. Leaving
// «Дата рождения» with a wrong date by clicking the «Женский» radio below it inserts that text on
// mousedown, pushes the radio down, and the click lands beside it: the radio stays unchecked. The
// field only skips the check for its own form's submit button; any control below a field is hit.
// A person has to click twice. Fix: keep the layout stable (reserve the error line, or show blur
// errors after the click completes, e.g. on the next frame / after pointerup).
test('choosing the gender right after typing a wrong date takes one click', async ({ page }) => {
  const account = newAccount();
  await openApp(page, '/register');
  await fillPhoneStep(page, account.phone);
  await expect(stepHeading(page, 'Код из SMS')).toBeVisible();
  await enterCode(page, await readCode(page, account.phone));
  await expect(stepHeading(page, 'Личные данные')).toBeVisible();
  await field(page, 'Дата рождения').fill('31.02.1990');
  // One real click, as a person makes it (locator.check() would fail here, having no effect).
  const female = page.getByRole('radio', { name: 'Женский' });
  await female.scrollIntoViewIfNeeded();
  const box = (await female.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(field(page, 'Дата рождения')).toHaveAttribute('aria-invalid', 'true');
  await expect(female).toBeChecked({ timeout: 2_000 });
});

test('three wrong codes burn the code; resend waits for the cool-down, on the page and on the server', async ({ page }) => {
  const account = newAccount();
  await openApp(page, '/register');
  const started = page.waitForResponse((r) => r.url().endsWith('/api/auth/register') && r.request().method() === 'POST');
  await fillPhoneStep(page, account.phone);
  const { flowId } = (await (await started).json()) as { flowId: string };
  await expect(stepHeading(page, 'Код из SMS')).toBeVisible();
  await expect(page.getByText('Мы отправили SMS с кодом на номер +7 912 ***-**-89.')).toBeVisible();

  const resend = page.getByRole('button', { name: /^Новый код — через \d+ с$/ });
  await expect(resend).toBeDisabled();

  const code = await readCode(page, account.phone);
  const status = page.locator('main').getByRole('status');
  await enterCode(page, wrongCode(code));
  await expect(status).toHaveText('Код неверный. Осталось попыток: 2.');
  await expect(field(page, 'Код подтверждения')).toHaveAttribute('aria-invalid', 'true');
  await expect(field(page, 'Код подтверждения')).toHaveAccessibleDescription(/Код неверный\. Проверьте цифры в сообщении\./);
  await enterCode(page, wrongCode(code));
  await expect(status).toHaveText('Код неверный. Осталось попыток: 1.');
  await enterCode(page, wrongCode(code));
  await expect(status).toHaveText('Слишком много неверных попыток. Запросите новый код.');
  // Burnt: even the right code is refused now.
  await enterCode(page, code);
  await expect(status).toHaveText('Слишком много неверных попыток. Запросите новый код.');
  await expect(stepHeading(page, 'Код из SMS')).toBeVisible();

  // The countdown runs in real time, so the button stays disabled; the server refuses too.
  await expect(resend).toBeDisabled();
  const early = await api<{ error: { code: string } }>(page, 'POST', '/api/auth/code/resend', { flowId });
  expect(early).toEqual({ status: 429, body: { error: expect.objectContaining({ code: 'resend_too_soon' }) } });

  // Once the simulated minute has passed the server sends a fresh code that works.
  const before = await lastMessageId(page, account.phone);
  await advanceClock(page, 61_000);
  expect((await api(page, 'POST', '/api/auth/code/resend', { flowId })).status).toBe(200);
  await enterCode(page, await readCode(page, account.phone, { after: before }));
  await expect(stepHeading(page, 'Личные данные')).toBeVisible();
});

test('sign in by phone in 8-format and by e-mail; «Выйти» returns to the sign-in state', async ({ page }) => {
  const account = await registerViaUi(page);
  await signOut(page);
  await expectHeading(page, 'Вход');

  await signIn(page, '8 912 345-67-89', account);
  await expect(headerSignIn(page)).toHaveCount(0);
  await signOut(page);

  await signIn(page, account.email, account);
  await signOut(page);
  // Signed out for real: the profile sends you to «Вход».
  await page.goto('/profile');
  await expect(page).toHaveURL(/\/login(\?|$)/);
  await expectHeading(page, 'Вход');
});

test('an e-mail typed with capital letters is one account and signs in however it is written', async ({ page }) => {
  const account = await registerViaUi(page, { email: 'Anna.Ivanova@Mail.ru' });
  await expect(page.getByText('anna.ivanova@mail.ru')).toBeVisible();
  await signOut(page);
  await signIn(page, 'Anna.Ivanova@Mail.ru', account);
  await signOut(page);
  await signIn(page, 'ANNA.IVANOVA@MAIL.RU', account);
});

test('sign in by SNILS', async ({ page }) => {
  const account = await registerViaUi(page);
  await signOut(page);
  // There is no form for SNILS yet: put it on the server's account row, as the profile will.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('okno-server');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('accounts', 'readwrite');
          const store = tx.objectStore('accounts');
          const all = store.getAll();
          all.onsuccess = () => {
            for (const row of all.result as { snils?: string }[]) store.put({ ...row, snils: '112-233-445 95' });
          };
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await signIn(page, '11223344595', account);
  await signOut(page);
  await signIn(page, '112-233-445 95', account);
});

test('second factor: turned on in «Безопасность», the next sign-in asks for the SMS code', async ({ page }) => {
  const account = await registerViaUi(page);
  await page.getByRole('navigation', { name: 'Разделы профиля' }).getByRole('link', { name: 'Безопасность' }).click();
  await expectHeading(page, 'Безопасность');
  const twoFactor = page.getByRole('checkbox', { name: 'Запрашивать код из SMS при каждом входе' });
  await expect(twoFactor).not.toBeChecked();
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/me/security') && r.ok());
  await twoFactor.check();
  await saved;
  await expect(twoFactor).toBeChecked();
  await signOut(page);

  await submitLogin(page, account.phone, account.password);
  await expect(page.getByRole('heading', { level: 2, name: 'Вход по коду из SMS' })).toBeVisible();
  await expect(page.getByText('Мы отправили SMS с кодом на номер +7 912 ***-**-89.')).toBeVisible();
  await expect(headerSignIn(page)).toBeVisible();
  const code = await readCode(page, account.phone);
  await enterCode(page, wrongCode(code));
  await expect(page.locator('main').getByRole('status')).toHaveText('Код неверный. Осталось попыток: 2.');
  await enterCode(page, code);
  await expectProfile(page, account);
  await expect(page.getByRole('navigation', { name: 'Разделы профиля' })).toBeVisible();
});

// Regression (fixed; was src/features/account/SecurityPage.tsx, save(): `await refetch()` of the sign-in list, read by
// `<Show when={signins()}>`): refetching the resource suspends the route, so the router's Suspense
// boundary takes the whole page out of the document for a moment. The checkbox (or the select) the
// user just changed is detached and focus falls back to <body>: a keyboard or screen-reader user is
// thrown to the top of the page after every setting. The message «Настройки безопасности сохранены.»
// does appear. Fix: refresh the list without suspending (read `signins.latest`, or give the table its
// own <Suspense>).
test('the security page confirms a saved setting and keeps focus on it', async ({ page }) => {
  await registerViaUi(page);
  await page.getByRole('navigation', { name: 'Разделы профиля' }).getByRole('link', { name: 'Безопасность' }).click();
  const twoFactor = page.getByRole('checkbox', { name: 'Запрашивать код из SMS при каждом входе' });
  await twoFactor.focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('status').filter({ hasText: 'Настройки безопасности сохранены.' })).toBeVisible();
  await expect(twoFactor).toBeChecked();
  await expect(twoFactor).toBeFocused({ timeout: 3_000 });
});

test('password reset by an e-mail code, then only the new password works', async ({ page }) => {
  const account = await registerViaUi(page);
  await signOut(page);
  await page.getByRole('link', { name: 'Забыли пароль?' }).click();
  await expect(page).toHaveURL(/\/reset$/);
  await expectHeading(page, 'Восстановление пароля');
  await field(page, 'Логин').fill(account.email);
  await page.getByRole('radio', { name: 'Письмо на электронную почту' }).check();
  await page.getByRole('button', { name: 'Получить код' }).click();
  await expect(page.getByText('Если такая учётная запись есть, код уже отправлен.')).toBeVisible();
  await expect(page.getByText('Мы отправили письмо с кодом на адрес an***@mail.ru.')).toBeVisible();

  const mail = (await readInbox(page, account.email))[0]!;
  expect(mail.subject).toMatch(/^Код подтверждения: \d{6}$/);
  await enterCode(page, await readCode(page, account.email));
  await field(page, 'Новый пароль').fill(NEW_PASSWORD);
  await field(page, 'Пароль ещё раз').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Сохранить пароль' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Пароль изменён. Все сеансы завершены — войдите с новым паролем.' })).toBeVisible();
  expect((await readInbox(page, account.email))[0]!.subject).toBe('Пароль изменён');

  await page.locator('main').getByRole('link', { name: 'Войти' }).click();
  await submitLogin(page, account.phone, account.password);
  await expect(loginFailure(page)).toHaveText(BAD_CREDENTIALS);
  await signIn(page, account.phone, account, NEW_PASSWORD);
});

test('five wrong passwords lock sign-in until a named time; the lock ends on the simulated clock', async ({ page }) => {
  const account = await registerViaUi(page);
  await signOut(page);
  // Pause the simulated clock so «until» is exact.
  const { nowMs } = (await api<{ nowMs: number }>(page, 'POST', '/api/_sim/clock', { speed: 0 })).body;
  for (let attempt = 1; attempt <= 4; attempt++) {
    await submitLogin(page, account.phone, `Wrong#Pass${attempt}x`);
    await expect(loginFailure(page)).toHaveText(BAD_CREDENTIALS);
    // Clear the line so the next identical message is a fresh answer.
    await field(page, 'Логин').fill('');
  }
  await submitLogin(page, account.phone, 'Wrong#Pass5x');
  const until = new Intl.DateTimeFormat('ru-RU', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Moscow' }).format(nowMs + MINUTE_MS);
  const locked = `Слишком много неверных попыток. Вход заблокирован до ${until}.`;
  await expect(loginFailure(page)).toHaveText(locked);

  // The right password does not help while locked.
  const answer = page.waitForResponse((r) => r.url().endsWith('/api/auth/login'));
  await submitLogin(page, account.phone, account.password);
  expect((await answer).status()).toBe(423);
  await expect(loginFailure(page)).toHaveText(locked);
  await expect(page).toHaveURL(/\/login(\?|$)/);

  await advanceClock(page, 61 * MINUTE_MS);
  await signIn(page, account.phone, account);
});

test('the inbox shows the SMS with the code and the welcome e-mail', async ({ page, context }) => {
  const account = newAccount();
  await openApp(page, '/register');
  await fillPhoneStep(page, account.phone);
  await expect(stepHeading(page, 'Код из SMS')).toBeVisible();

  // The code step links to the simulated phone, opened in a new tab: it shows only this flow's messages.
  const [inbox] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('link', { name: 'Открыть сообщения (симуляция телефона и почты)' }).click(),
  ]);
  await expect(inbox).toHaveURL(/\/inbox\?channel=sms&flow=[0-9a-f]{32,64}$/);
  await expectHeading(inbox, 'Сообщения');
  const tabs = inbox.getByRole('navigation', { name: 'Каналы' });
  await expect(tabs.getByRole('link', { name: 'SMS' })).toHaveAttribute('aria-current', 'page');
  await expect(inbox.getByRole('heading', { level: 2, name: 'SMS' })).toBeVisible();
  const sms = inbox.getByRole('listitem').filter({ hasText: 'Код для регистрации в Окне' });
  await expect(sms).toHaveCount(1);
  await expect(sms).toContainText('+79123456789');
  await expect(sms).toContainText('Действует 5 минут. Никому его не сообщайте.');
  // Read the code off the screen, as a person would.
  const code = /Код для регистрации в Окне: (\d{6})\./.exec((await sms.textContent()) ?? '')?.[1] ?? '';
  expect(code).toBe(await readCode(page, account.phone));

  await enterCode(page, code);
  await fillPersonStep(page, account);
  await fillPasswordStep(page, account.password);
  await consentBox(page).check();
  await page.getByRole('button', { name: 'Создать учётную запись' }).click();
  await expectProfile(page, account);

  // Signed in, the person's own mailbox at the e-mail channel (switching by the tab is the next test).
  await inbox.close();
  await page.goto('/inbox?channel=email');
  const ownTabs = page.getByRole('navigation', { name: 'Каналы' });
  await expect(ownTabs.getByRole('link', { name: 'Почта' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { level: 2, name: 'Почта' })).toBeVisible();
  const letter = page.getByRole('listitem').filter({ hasText: 'Учётная запись создана' });
  await expect(letter).toContainText(account.email);
  await expect(letter).toContainText('Анна, ваша учётная запись в Окне создана.');
  await expect(page.getByText('Код для регистрации в Окне')).toHaveCount(0);
});

// Regression (fixed; was src/features/account/routes.tsx, line 15: `component: () => <InboxPage channel={inbox.useSearch()().channel} />`):
// on /inbox?channel=sms a click on the «Почта» tab throws «TypeError: Cannot read properties of null
// (reading 'stores')» inside TanStack's useMatch (the router context is null where the lazily
// evaluated prop getter calls `inbox.useSearch()`), and the page stays on the SMS list; the same for
// «SMS» from the e-mail tab. Only opening the address afresh shows the other channel. Fix: call
// `inbox.useSearch()` once in the component body and pass `search().channel`.
test('the inbox tabs switch between SMS and e-mail', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await registerViaUi(page);
  await page.getByRole('navigation', { name: 'Разделы профиля' }).getByRole('link', { name: 'Сообщения' }).click();
  await expect(page).toHaveURL(/\/inbox\?channel=sms$/);
  const tabs = page.getByRole('navigation', { name: 'Каналы' });
  await tabs.getByRole('link', { name: 'Почта' }).click();
  await expect(page).toHaveURL(/\/inbox\?channel=email$/, { timeout: 3_000 });
  await expect(page.getByRole('heading', { level: 2, name: 'Почта' })).toBeVisible();
  await expect(page.getByText('Учётная запись создана')).toBeVisible();
  await tabs.getByRole('link', { name: 'SMS' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'SMS' })).toBeVisible();
  expect(errors).toEqual([]);
});

const journalActions = (page: Page) => page.getByRole('table').getByRole('row').locator('td:nth-child(2)');

async function openJournal(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Разделы профиля' }).getByRole('link', { name: 'Журнал действий' }).click();
  await expectHeading(page, 'Журнал действий');
}

test('the journal lists sign-ins; «Завершить сеанс и очистить устройство» asks first, then signs out', async ({ page }) => {
  const account = await registerViaUi(page);
  await signOut(page);
  await signIn(page, account.phone, account);
  await openJournal(page);
  await expect(journalActions(page)).toHaveText(['Вход', 'Выход', 'Вход']);

  await headerProfile(page).click();
  const wipe = page.getByRole('button', { name: 'Завершить сеанс и очистить устройство' });
  await wipe.click();
  const dialog = page.getByRole('dialog', { name: 'Очистить устройство?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Учётная запись останется, войти можно будет снова.');
  await dialog.getByRole('button', { name: 'Отмена' }).click();
  await expect(dialog).toBeHidden();
  await expect(wipe).toBeFocused();
  await expect(headerProfile(page)).toBeVisible();

  await wipe.click();
  await dialog.getByRole('button', { name: 'Да, очистить' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(headerSignIn(page)).toBeVisible();
  await page.goto('/profile/journal');
  await expect(page).toHaveURL(/\/login(\?|$)/);
});

// Regression (fixed; was src/features/account/ProfilePage.tsx, wipe(), lines 28-29, with src/features/account/auditTrail.ts
// line 7): wipe() awaits signOut(), whose «signout» event writes the journal row fire-and-forget
// (`void import(...).then(logAction)`), then calls wipeAccountData(). That row lands after the wipe, so
// the «cleared» device still holds a journal entry of this account: after signing in again the journal
// shows «Вход» and an old «Выход» instead of the new «Вход» alone. The wipe should wait for the
// sign-out entry (or sign out without journalling it, or wipe after the write settles).
test('after «Завершить сеанс и очистить устройство» the journal of the account starts empty', async ({ page }) => {
  const account = await registerViaUi(page);
  await page.getByRole('button', { name: 'Завершить сеанс и очистить устройство' }).click();
  await page.getByRole('dialog', { name: 'Очистить устройство?' }).getByRole('button', { name: 'Да, очистить' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(headerSignIn(page)).toBeVisible();
  await signIn(page, account.phone, account);
  await openJournal(page);
  await expect(journalActions(page)).toHaveText(['Вход'], { timeout: 3_000 });
});

test('the profile keeps an open dialog when the session is checked again (tab shown again)', async ({ page }) => {
  await registerViaUi(page);
  await page.getByRole('button', { name: 'Завершить сеанс и очистить устройство' }).click();
  const dialog = page.getByRole('dialog', { name: 'Очистить устройство?' });
  await expect(dialog).toBeVisible();
  // What the browser fires when the user comes back to the tab: the app checks the session again.
  const checked = page.waitForResponse((r) => r.url().endsWith('/api/me'));
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  await checked;
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Отмена' }).click();
  await expect(dialog).toBeHidden();
});

async function setInactivity(page: Page, label: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Разделы профиля' }).getByRole('link', { name: 'Безопасность' }).click();
  await expectHeading(page, 'Безопасность');
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/me/security') && r.ok());
  await page.getByLabel('Завершать сеанс после бездействия').selectOption({ label });
  await saved;
  await expect(page.getByLabel('Завершать сеанс после бездействия')).toHaveValue('5');
}

test('inactivity: after the chosen 5 minutes of simulated idle time, reopening a page asks to sign in again', async ({ page }) => {
  await registerViaUi(page);
  await setInactivity(page, '5 мин');
  await advanceClock(page, 6 * MINUTE_MS);
  await page.goto('/profile/security');
  await expect(page).toHaveURL(/\/login(\?|$)/);
  await expectHeading(page, 'Вход');
  await expect(page.getByRole('status').filter({ hasText: 'Сеанс завершён из-за бездействия' })).toBeVisible();
  await expect(headerSignIn(page)).toBeVisible();
});

test('inactivity: an open page goes to «Вход» when the idle time has passed, and the journal records it', async ({ page }) => {
  const account = await registerViaUi(page);
  await setInactivity(page, '5 мин');
  await headerProfile(page).click();
  await expect(page).toHaveURL(/\/profile$/);
  // Moving the clock tells the open page that something changed; its next pull meets the ended session.
  await advanceClock(page, 6 * MINUTE_MS);
  await expect(page).toHaveURL(/\/login(\?|$)/);
  await expect(page.getByText('Сеанс завершён из-за бездействия. Войдите снова — введённые данные сохранены на устройстве.')).toBeVisible();

  // Signing in again leads back to the page the user had open.
  await submitLogin(page, account.phone, account.password);
  await expect(page).toHaveURL(/\/profile$/);
  await page.getByRole('navigation', { name: 'Разделы профиля' }).getByRole('link', { name: 'Журнал действий' }).click();
  await expect(page.getByRole('cell', { name: 'Сеанс завершён из-за бездействия' })).toBeVisible();
});

/** Presses Tab (or Shift+Tab) until `target` has focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, { back = false, max = 25 } = {}): Promise<void> {
  for (let i = 0; i < max && !(await target.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  await expect(target).toBeFocused();
}

test('keyboard only: from /register to the profile with Tab, Shift+Tab, typing, Enter and Space', async ({ page }) => {
  const account = newAccount();
  await openApp(page, '/register');
  const type = (text: string) => page.keyboard.type(text);

  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Перейти к основному содержанию' })).toBeFocused();
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('textbox', { name: 'Мобильный телефон' }));
  await type(account.phone);
  await page.keyboard.press('Enter');

  await expect(stepHeading(page, 'Код из SMS')).toBeFocused();
  await tabTo(page, page.getByRole('textbox', { name: 'Код подтверждения' }));
  await type(await readCode(page, account.phone));
  await page.keyboard.press('Enter');

  await expect(stepHeading(page, 'Личные данные')).toBeFocused();
  await tabTo(page, page.getByRole('textbox', { name: 'Фамилия' }));
  await type(account.surname);
  await page.keyboard.press('Tab');
  await type(account.name);
  await page.keyboard.press('Tab');
  await type(account.patronymic);
  await page.keyboard.press('Tab');
  await type(account.birthDate);
  await tabTo(page, page.getByRole('radio', { name: 'Женский' }));
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: 'Женский' })).toBeChecked();
  await tabTo(page, page.getByRole('textbox', { name: 'Электронная почта' }));
  await type(account.email);
  await page.keyboard.press('Enter');

  await expect(stepHeading(page, 'Пароль')).toBeFocused();
  const password = page.getByLabel('Пароль', { exact: true });
  await tabTo(page, password);
  await type(account.password);
  const show = page.getByRole('checkbox', { name: 'Показать пароль' });
  await tabTo(page, show);
  await page.keyboard.press('Space');
  await expect(password).toHaveAttribute('type', 'text');
  await tabTo(page, password, { back: true });
  await expect(password).toHaveValue(account.password);
  await tabTo(page, page.getByLabel('Пароль ещё раз', { exact: true }));
  await type(account.password);
  await page.keyboard.press('Enter');

  await expect(stepHeading(page, 'Согласие')).toBeFocused();
  await tabTo(page, consentBox(page));
  await page.keyboard.press('Space');
  await expect(consentBox(page)).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Создать учётную запись' }));
  await page.keyboard.press('Enter');
  await expectProfile(page, account);
  await expect(page.getByText('Анна, учётная запись создана.', { exact: false })).toBeVisible();
});

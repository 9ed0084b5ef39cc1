// axe on every page of the residence-certificate wizard, error states and conditional questions shown,
// up to the sent application; and the wizard used by keyboard alone, as issue 4 asks («every step works
// by keyboard only, with visible focus and announced step changes»).
import { expect, test, type Locator, type Page } from '@playwright/test';
import { confirmedCitizen, signingCode } from './pages/apply';
import { errorSummary, fixture } from './pages/profile';
import { expectNoViolations } from './pages/axe';

const STEPS = 9;

async function openWizard(page: Page): Promise<void> {
  await page.goto('/catalog/residence-certificate');
  await page.getByRole('link', { name: 'Получить услугу' }).click();
  await onStep(page, 1, 'Вид справки');
}

const stepHeading = (page: Page, title: string) => page.getByRole('heading', { level: 2, name: title, exact: true });
async function onStep(page: Page, n: number, title: string): Promise<void> {
  await expect(page.getByText(`Шаг ${n} из ${STEPS}`)).toBeVisible();
  await expect(stepHeading(page, title)).toBeVisible();
}
const next = (page: Page) => page.getByRole('button', { name: 'Продолжить' }).click();
const slot = (page: Page, name: string | RegExp) => page.getByRole('group', { name });

/** Continue with nothing (or something wrong) filled: the error summary appears and takes the focus. */
async function expectErrorsShown(page: Page): Promise<void> {
  await next(page);
  await expect(errorSummary(page)).toBeFocused();
}

test('axe: every page of the residence certificate wizard, with its errors, up to the sent application', async ({ page }) => {
  test.setTimeout(300_000); // axe on every page and every error state of the wizard (the address step has nine fields now)
  await confirmedCitizen(page);
  await openWizard(page);

  await expectNoViolations(page, 'step 1, empty');
  await expectErrorsShown(page);
  await expectNoViolations(page, 'step 1 with the error summary');
  // Every conditional question of the step at once: the period dates and «Куда именно».
  await page.getByLabel('С указанием срока проживания — для госорганов').check();
  await page.getByLabel('Куда нужна справка').selectOption({ label: 'Другое' });
  await expect(page.getByLabel('Период проживания: с')).toBeVisible();
  await expect(page.getByLabel('Куда именно')).toBeVisible();
  await expectNoViolations(page, 'step 1 with its conditional questions');
  await page.getByLabel('О факте регистрации — для банков и страховых').check();
  await page.getByLabel('Куда нужна справка').selectOption({ label: 'В банк или страховую компанию' });
  await next(page);

  await onStep(page, 2, 'Заявитель');
  await expect(page.getByLabel('Фамилия')).toHaveValue('Иванова');
  await expectNoViolations(page, 'step 2, prefilled');
  await page.getByLabel('Фамилия').fill('');
  await page.getByLabel('Серия паспорта').fill('45');
  await expectErrorsShown(page);
  await expect(page.getByLabel('Фамилия')).toHaveAttribute('aria-invalid', 'true');
  await expectNoViolations(page, 'step 2 with wrong answers');
  await page.getByLabel('Фамилия').fill('Иванова');
  await page.getByLabel('Серия паспорта').fill('4508');
  await next(page);

  await onStep(page, 3, 'Адрес регистрации');
  await expectNoViolations(page, 'step 3, prefilled');
  await next(page);

  await onStep(page, 4, 'Собственник жилья');
  await expectNoViolations(page, 'step 4, empty');
  await page.getByLabel('Нет', { exact: true }).check();
  await expect(page.getByLabel('ФИО собственника')).toBeVisible();
  await expectErrorsShown(page);
  await expectNoViolations(page, 'step 4, not the owner, with the error summary');
  await page.getByLabel('Да', { exact: true }).check();
  await next(page);

  await onStep(page, 5, 'Контакты');
  await expectNoViolations(page, 'step 5, prefilled');
  await next(page);

  await onStep(page, 6, 'Документы');
  await expectNoViolations(page, 'documents, none attached');
  await expectErrorsShown(page);
  await expectNoViolations(page, 'documents with the error summary');
  const passport = slot(page, /Паспорт гражданина РФ/);
  await passport.getByLabel('Выбрать файл').setInputFiles(fixture('spoofed-exe.pdf'));
  await expect(passport.getByText(/«spoofed-exe\.pdf» не является/)).toBeVisible();
  await expectNoViolations(page, 'documents with a refused file');
  await passport.getByLabel('Выбрать файл').setInputFiles(fixture('sample.pdf'));
  await slot(page, 'СНИЛС').getByLabel('Выбрать файл').setInputFiles(fixture('sample.png'));
  await slot(page, /Подтверждение регистрации/)
    .getByLabel('Выбрать файл')
    .setInputFiles(fixture('sample.jpg'));
  for (const [name, file] of [
    [/Паспорт гражданина РФ/, 'sample.pdf'],
    ['СНИЛС', 'sample.png'],
  ] as const) {
    await slot(page, name)
      .getByRole('button', { name: `Просмотреть «${file}»` })
      .click();
    await expect(slot(page, name).getByRole('button', { name: `Скрыть «${file}»` })).toHaveAttribute('aria-expanded', 'true');
  }
  await expect(slot(page, /Подтверждение регистрации/).getByText('Приложен файл «sample.jpg»')).toBeVisible();
  await expectNoViolations(page, 'documents, all attached, two previews open');
  await next(page);

  await onStep(page, 7, 'Способ получения результата');
  await expectNoViolations(page, 'result way, none chosen');
  await expectErrorsShown(page);
  await expectNoViolations(page, 'result way with the error summary');
  await page.getByLabel(/Электронный документ/).check();
  await next(page);

  await onStep(page, 8, 'Проверьте данные');
  await expectNoViolations(page, 'review');
  await next(page);

  await onStep(page, 9, 'Подтверждение и отправка');
  await expectNoViolations(page, 'consent');
  await page.getByRole('button', { name: 'Получить код и отправить' }).click();
  await expect(errorSummary(page)).toBeFocused();
  await expectNoViolations(page, 'consent with the error summary');
  await page.getByLabel(/Подтверждаю, что данные верны/).check();
  await page.getByRole('button', { name: 'Получить код и отправить' }).click();
  // The button is gone once the code is sent: focus moves to the code field, not to the page body.
  await expect(page.getByLabel('Код подтверждения')).toBeFocused();
  await expectNoViolations(page, 'the code step');
  const code = await signingCode(page);
  await page.getByLabel('Код подтверждения').fill(code === '000000' ? '111111' : '000000');
  await page.getByRole('button', { name: 'Подтвердить' }).click();
  await expect(page.getByText(/Код неверный/).first()).toBeVisible();
  await expectNoViolations(page, 'the code step with a wrong code');
  await page.getByLabel('Код подтверждения').fill(code);
  await page.getByRole('button', { name: 'Подтвердить' }).click();

  await expect(page.getByText('Заявление отправлено.')).toBeVisible();
  await expectNoViolations(page, 'the sent application');
});

/** Presses Tab until `target` has the focus, as a keyboard user would; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

/** The heading has the focus and shows the focus ring: the :focus-visible outline of styles.css. */
async function expectVisibleFocus(heading: Locator): Promise<void> {
  await expect(heading).toBeFocused();
  const ring = await heading.evaluate((el) => {
    const style = getComputedStyle(el);
    return { visible: el.matches(':focus-visible'), outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(ring.visible, 'the heading matches :focus-visible').toBe(true);
  expect(ring.outline).not.toBe('none');
  expect(ring.width).toBeGreaterThan(0);
}

test('keyboard only: the first step through the error summary, Space, arrows and Enter; focus on each new step', async ({ page }) => {
  test.slow();
  await confirmedCitizen(page);
  await openWizard(page);
  const continueButton = page.getByRole('button', { name: 'Продолжить' });

  // Continue with nothing chosen: the summary takes the focus and its first link leads to the question.
  await tabTo(page, continueButton);
  await page.keyboard.press('Enter');
  await expect(errorSummary(page)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(errorSummary(page).getByRole('link').first()).toBeFocused();
  await page.keyboard.press('Enter');
  const firstKind = page.getByLabel('О факте регистрации — для банков и страховых');
  await expect(firstKind).toBeFocused();
  await page.keyboard.press('Space');
  await expect(firstKind).toBeChecked();

  const purpose = page.getByLabel('Куда нужна справка');
  await tabTo(page, purpose);
  await page.keyboard.press('ArrowDown');
  await expect(purpose).toHaveValue('bank');
  await tabTo(page, continueButton);
  await page.keyboard.press('Enter');
  await onStep(page, 2, 'Заявитель');
  await expectVisibleFocus(stepHeading(page, 'Заявитель'));

  // Typing in a prefilled answer, then on through the steps with Tab and Enter alone.
  const patronymic = page.getByLabel('Отчество (если есть)');
  await tabTo(page, patronymic);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Сергеевна');
  await expect(patronymic).toHaveValue('Сергеевна');
  await tabTo(page, continueButton);
  await page.keyboard.press('Enter');
  await onStep(page, 3, 'Адрес регистрации');
  await expectVisibleFocus(stepHeading(page, 'Адрес регистрации'));
  await tabTo(page, continueButton);
  await page.keyboard.press('Enter');

  await onStep(page, 4, 'Собственник жилья');
  await expectVisibleFocus(stepHeading(page, 'Собственник жилья'));
  await page.keyboard.press('Tab'); // from the heading to the first answer, «Да»
  await expect(page.getByLabel('Да', { exact: true })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByLabel('Да', { exact: true })).toBeChecked();
  await tabTo(page, continueButton);
  await page.keyboard.press('Enter');
  await onStep(page, 5, 'Контакты');
  await expectVisibleFocus(stepHeading(page, 'Контакты'));

  // «Назад» by keyboard also announces the page it goes back to.
  await tabTo(page, page.getByRole('button', { name: 'Назад' }));
  await page.keyboard.press('Enter');
  await onStep(page, 4, 'Собственник жилья');
  await expectVisibleFocus(stepHeading(page, 'Собственник жилья'));
  await expect(page.getByLabel('Да', { exact: true })).toBeChecked();
});

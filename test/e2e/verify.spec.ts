// «Проверить документ» as a bank clerk uses it: a PDF, a pasted QR text, a photo of the QR code and the
// camera (a canvas stream stands in for it), by keyboard too, offline, and checked with axe.
import { expect, test } from '@playwright/test';
import { expectHeading, holdApp, openApp, waitUntilSavedOffline } from './pages/app';
import * as verify from './pages/verify';
import { expectNoViolations } from './pages/axe';

const fixture = (name: string) => new URL(`../fixtures/files/${name}`, import.meta.url).pathname;

test('a PDF without Okno signature data is named as such, and a picture is refused as a PDF', async ({ page }) => {
  await verify.open(page);
  await verify.uploadDocument(page, fixture('sample.pdf'));
  await expect(verify.status(page)).toContainText('В файле «sample.pdf» нет данных электронной подписи Окна');
  await verify.uploadDocument(page, fixture('sample.png'));
  await expect(verify.status(page)).toContainText('sample.png');
  await expect(verify.status(page)).not.toContainText('электронной подписи');
});

test('a pasted QR text of a document nobody issued is «not in the registry»; garbage is refused on the field', async ({ page }) => {
  await verify.open(page);
  await verify.checkText(page, 'https://example.com/not-a-document');
  await expect(verify.pasteField(page)).toHaveAttribute('aria-invalid', 'true');
  await expect(verify.pasteField(page)).toHaveAccessibleDescription(/Это не QR-код документа Окна/);
  await verify.checkText(page, verify.UNKNOWN_QR);
  await expect(verify.verdict(page, verify.UNKNOWN)).toBeFocused();
  await expect(page.getByText('Документа с таким номером нет в реестре')).toBeVisible();
  await expect(verify.pasteField(page)).toHaveAttribute('aria-invalid', 'false');
});

test('keyboard only: Tab to the QR text field, type, Enter, and land on the verdict', async ({ page }) => {
  await verify.open(page);
  for (let i = 0; i < 40 && !(await verify.pasteField(page).evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(verify.pasteField(page)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(verify.pasteField(page)).toHaveAccessibleDescription(/Вставьте текст QR-кода/);
  await expect(verify.pasteField(page)).toBeFocused();
  await page.keyboard.type(verify.UNKNOWN_QR);
  await page.keyboard.press('Enter');
  await expect(verify.verdict(page, verify.UNKNOWN)).toBeFocused();
});

test('a photo of the QR code is decoded in the QR worker, offline', async ({ page, context }) => {
  await openApp(page, '/');
  await waitUntilSavedOffline(page);
  const png = await verify.qrPng(page, verify.UNKNOWN_QR);
  await context.setOffline(true);
  await page.goto('/verify');
  await verify.uploadQrPhoto(page, { name: 'qr.png', mimeType: 'image/png', buffer: png });
  await expect(verify.verdict(page, verify.UNKNOWN)).toBeFocused();
  await verify.uploadQrPhoto(page, fixture('sample.jpg'));
  await expect(verify.status(page)).toContainText('На изображении «sample.jpg» не найден QR-код');
});

test('the camera finds the QR code, asks for the back camera and is turned off at once', async ({ page }) => {
  await verify.fakeCamera(page, { text: verify.UNKNOWN_QR });
  await verify.open(page);
  await verify.scan(page);
  await expect(verify.verdict(page, verify.UNKNOWN)).toBeFocused();
  const state = await verify.cameraState(page);
  expect(state.constraints).toEqual({ video: { facingMode: { ideal: 'environment' } }, audio: false });
  expect(state).toMatchObject({ tracks: 1, live: 0 });
  await expect(verify.cameraView(page)).toBeHidden();
});

test('«Остановить» and leaving the page turn the camera off', async ({ page }) => {
  await verify.fakeCamera(page, { text: null });
  await verify.open(page);
  await verify.scan(page);
  await expect(verify.cameraView(page)).toBeVisible();
  await expect(page.getByText('Наведите камеру на QR-код документа')).toBeVisible();
  expect(await verify.cameraState(page)).toMatchObject({ live: 1 });
  await verify.stopCamera(page);
  await expect(page.getByText('Камера выключена.')).toBeVisible();
  expect(await verify.cameraState(page)).toMatchObject({ live: 0 });
  await expect(verify.scanButton(page)).toBeFocused();

  await verify.scan(page);
  await expect(verify.cameraView(page)).toBeVisible();
  await page.getByRole('navigation', { name: 'Основные разделы' }).getByRole('link', { name: 'Каталог услуг' }).click();
  await expectHeading(page, /Каталог/);
  expect(await verify.cameraState(page)).toMatchObject({ tracks: 2, live: 0 });
});

test('a refused camera is explained, with the other ways to check', async ({ page }) => {
  await verify.fakeCamera(page, { error: 'NotAllowedError' });
  await verify.open(page);
  await verify.scan(page);
  await expect(page.getByText('Доступ к камере запрещён')).toBeVisible();
  await expect(verify.scanButton(page)).toBeVisible();
});

test('axe: the empty page and a verdict', async ({ page }) => {
  await verify.open(page);
  await expectNoViolations(page, '/verify empty');
  await verify.checkText(page, verify.UNKNOWN_QR);
  await expect(verify.verdict(page, verify.UNKNOWN)).toBeFocused();
  await expectNoViolations(page, '/verify with a verdict');
  await verify.checkText(page, 'garbage');
  await expect(verify.pasteField(page)).toHaveAttribute('aria-invalid', 'true');
  await expectNoViolations(page, '/verify with a field error');
});

test('a file chosen before the app has started on the prerendered page is still checked', async ({ page }) => {
  // The first visit, before the service worker: the app's script is held back until the file is chosen.
  const release = await holdApp(page);
  await page.goto('/verify', { waitUntil: 'commit' });
  await page.getByLabel('Загрузить файл документа').setInputFiles(fixture('sample.pdf'));
  release();
  await expect(verify.status(page)).toContainText('В файле «sample.pdf» нет данных электронной подписи Окна');
});

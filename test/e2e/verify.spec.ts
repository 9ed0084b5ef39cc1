// «Проверить документ» as a bank clerk uses it: a PDF, a pasted QR text, a photo of the QR code and the
// camera (a canvas stream stands in for it), by keyboard too, offline, and checked with axe.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { encode } from 'uqr';
import { expectHeading, openApp, waitUntilSavedOffline } from './pages/app';

const fixture = (name: string) => new URL(`../fixtures/files/${name}`, import.meta.url).pathname;
const base64url = (length: number, seed: string) => seed.repeat(length).slice(0, length);
/** Well formed, but no such document was ever issued. */
const UNKNOWN_QR = `OKNO1.RC-2026-ABCDEF.${base64url(43, 'aB3_')}.${base64url(86, 'Zx9-q')}`;
const UNKNOWN = 'Документ не найден в реестре';

const pasteField = (page: Page) => page.getByLabel('Или вставьте текст QR-кода');
const verdictHeading = (page: Page, name: string) => page.getByRole('heading', { level: 2, name });
const statusText = (page: Page) => page.locator('main').getByRole('status').first();

async function expectNoViolations(page: Page, state: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const found = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(found, `axe violations: ${state}`).toEqual([]);
}

/** A PNG of the QR code for `text`, drawn on a canvas inside the page (8 px a module, white margin). */
async function qrPng(page: Page, text: string): Promise<Buffer> {
  const rows = encode(text, { border: 4 }).data;
  const base64 = await page.evaluate((rows) => {
    const scale = 8;
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = rows.length * scale;
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.fillStyle = '#000';
    rows.forEach((row, y) => row.forEach((dark, x) => dark && context.fillRect(x * scale, y * scale, scale, scale)));
    return canvas.toDataURL('image/png').split(',')[1]!;
  }, rows);
  return Buffer.from(base64, 'base64');
}

/**
 * Replaces the camera before the app loads: a canvas stream showing the QR code for `text` (or a blank
 * page), or a refusal. It records the constraints asked for and the tracks handed out.
 */
async function fakeCamera(page: Page, camera: { text: string | null } | { error: string }): Promise<void> {
  const rows = 'text' in camera && camera.text ? encode(camera.text, { border: 4 }).data : null;
  const error = 'error' in camera ? camera.error : null;
  await page.addInitScript(
    ({ rows, error }) => {
      const record = { constraints: null as unknown, tracks: [] as MediaStreamTrack[] };
      Object.assign(window, { fakeCamera: record });
      navigator.mediaDevices.getUserMedia = async (constraints) => {
        record.constraints = constraints;
        if (error) throw new DOMException('refused', error);
        const canvas = Object.assign(document.createElement('canvas'), { width: 480, height: 360 });
        const context = canvas.getContext('2d')!;
        const draw = () => {
          context.fillStyle = '#fff';
          context.fillRect(0, 0, 480, 360);
          context.fillStyle = '#000';
          const scale = rows ? Math.floor(320 / rows.length) : 0;
          rows?.forEach((row, y) => row.forEach((dark, x) => dark && context.fillRect(80 + x * scale, 20 + y * scale, scale, scale)));
        };
        draw();
        setInterval(draw, 100); // a canvas stream sends frames only when the canvas is painted
        const stream = canvas.captureStream(10);
        record.tracks.push(...stream.getTracks());
        return stream;
      };
    },
    { rows, error },
  );
}

const cameraState = (page: Page) =>
  page.evaluate(() => {
    const record = (window as unknown as { fakeCamera: { constraints: unknown; tracks: MediaStreamTrack[] } }).fakeCamera;
    return { constraints: record.constraints, live: record.tracks.filter((track) => track.readyState === 'live').length, tracks: record.tracks.length };
  });

test('a PDF without Okno signature data is named as such, and a picture is refused as a PDF', async ({ page }) => {
  await openApp(page, '/verify');
  await expectHeading(page, 'Проверить документ');
  await page.getByLabel('Загрузить файл документа').setInputFiles(fixture('sample.pdf'));
  await expect(statusText(page)).toContainText('В файле «sample.pdf» нет данных электронной подписи Окна');
  await page.getByLabel('Загрузить файл документа').setInputFiles(fixture('sample.png'));
  await expect(statusText(page)).toContainText('sample.png');
  await expect(statusText(page)).not.toContainText('электронной подписи');
});

test('a pasted QR text of a document nobody issued is «not in the registry»; garbage is refused on the field', async ({ page }) => {
  await openApp(page, '/verify');
  await pasteField(page).fill('https://example.com/not-a-document');
  await page.getByRole('button', { name: 'Проверить' }).click();
  await expect(pasteField(page)).toHaveAttribute('aria-invalid', 'true');
  await expect(pasteField(page)).toHaveAccessibleDescription(/Это не QR-код документа Окна/);
  await pasteField(page).fill(UNKNOWN_QR);
  await page.getByRole('button', { name: 'Проверить' }).click();
  await expect(verdictHeading(page, UNKNOWN)).toBeFocused();
  await expect(page.getByText('Документа с таким номером нет в реестре')).toBeVisible();
  await expect(pasteField(page)).toHaveAttribute('aria-invalid', 'false');
});

test('keyboard only: Tab to the QR text field, type, Enter, and land on the verdict', async ({ page }) => {
  await openApp(page, '/verify');
  for (let i = 0; i < 40 && !(await pasteField(page).evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(pasteField(page)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(pasteField(page)).toHaveAccessibleDescription(/Вставьте текст QR-кода/);
  await expect(pasteField(page)).toBeFocused();
  await page.keyboard.type(UNKNOWN_QR);
  await page.keyboard.press('Enter');
  await expect(verdictHeading(page, UNKNOWN)).toBeFocused();
});

test('a photo of the QR code is decoded in the QR worker, offline', async ({ page, context }) => {
  await openApp(page, '/');
  await waitUntilSavedOffline(page);
  const png = await qrPng(page, UNKNOWN_QR);
  await context.setOffline(true);
  await page.goto('/verify');
  await page.getByLabel('Загрузить фото QR-кода').setInputFiles({ name: 'qr.png', mimeType: 'image/png', buffer: png });
  await expect(verdictHeading(page, UNKNOWN)).toBeFocused();
  await page.getByLabel('Загрузить фото QR-кода').setInputFiles(fixture('sample.jpg'));
  await expect(statusText(page)).toContainText('На изображении «sample.jpg» не найден QR-код');
});

test('the camera finds the QR code, asks for the back camera and is turned off at once', async ({ page }) => {
  await fakeCamera(page, { text: UNKNOWN_QR });
  await openApp(page, '/verify');
  await page.getByRole('button', { name: 'Сканировать QR-код' }).click();
  await expect(verdictHeading(page, UNKNOWN)).toBeFocused();
  const state = await cameraState(page);
  expect(state.constraints).toEqual({ video: { facingMode: { ideal: 'environment' } }, audio: false });
  expect(state).toMatchObject({ tracks: 1, live: 0 });
  await expect(page.getByRole('figure', { name: 'Изображение с камеры' })).toBeHidden();
});

test('«Остановить» and leaving the page turn the camera off', async ({ page }) => {
  await fakeCamera(page, { text: null });
  await openApp(page, '/verify');
  await page.getByRole('button', { name: 'Сканировать QR-код' }).click();
  await expect(page.getByRole('figure', { name: 'Изображение с камеры' })).toBeVisible();
  await expect(page.getByText('Наведите камеру на QR-код документа')).toBeVisible();
  expect(await cameraState(page)).toMatchObject({ live: 1 });
  await page.getByRole('button', { name: 'Остановить' }).click();
  await expect(page.getByText('Камера выключена.')).toBeVisible();
  expect(await cameraState(page)).toMatchObject({ live: 0 });
  await expect(page.getByRole('button', { name: 'Сканировать QR-код' })).toBeFocused();

  await page.getByRole('button', { name: 'Сканировать QR-код' }).click();
  await expect(page.getByRole('figure', { name: 'Изображение с камеры' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Основные разделы' }).getByRole('link', { name: 'Каталог услуг' }).click();
  await expectHeading(page, /Каталог/);
  expect(await cameraState(page)).toMatchObject({ tracks: 2, live: 0 });
});

test('a refused camera is explained, with the other ways to check', async ({ page }) => {
  await fakeCamera(page, { error: 'NotAllowedError' });
  await openApp(page, '/verify');
  await page.getByRole('button', { name: 'Сканировать QR-код' }).click();
  await expect(page.getByText('Доступ к камере запрещён')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Сканировать QR-код' })).toBeVisible();
});

test('axe: the empty page and a verdict', async ({ page }) => {
  await openApp(page, '/verify');
  await expectHeading(page, 'Проверить документ');
  await expectNoViolations(page, '/verify empty');
  await pasteField(page).fill(UNKNOWN_QR);
  await page.getByRole('button', { name: 'Проверить' }).click();
  await expect(verdictHeading(page, UNKNOWN)).toBeFocused();
  await expectNoViolations(page, '/verify with a verdict');
  await pasteField(page).fill('garbage');
  await page.getByRole('button', { name: 'Проверить' }).click();
  await expect(pasteField(page)).toHaveAttribute('aria-invalid', 'true');
  await expectNoViolations(page, '/verify with a field error');
});

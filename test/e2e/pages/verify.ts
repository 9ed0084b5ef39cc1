// «Проверить документ» (/verify) as a bank clerk uses it: a document file, a pasted QR text, a photo of
// the QR code or the camera, and the verdict the page announces. The camera and QR helpers stand in for
// a real camera and a printed code.
import type { Locator, Page } from '@playwright/test';
import { encode } from 'uqr';
import { expectHeading, openApp } from './app';

const base64url = (length: number, seed: string) => seed.repeat(length).slice(0, length);
/** Well formed, but no such document was ever issued. */
export const UNKNOWN_QR = `OKNO1.RC-2026-ABCDEF.${base64url(43, 'aB3_')}.${base64url(86, 'Zx9-q')}`;
/** The verdict for a document the registry does not know. */
export const UNKNOWN = 'Документ не найден в реестре';

export const pasteField = (page: Page): Locator => page.getByLabel('Или вставьте текст QR-кода');
export const documentInput = (page: Page): Locator => page.getByLabel('Загрузить файл документа');
export const photoInput = (page: Page): Locator => page.getByLabel('Загрузить фото QR-кода');
export const scanButton = (page: Page): Locator => page.getByRole('button', { name: 'Сканировать QR-код' });
export const cameraView = (page: Page): Locator => page.getByRole('figure', { name: 'Изображение с камеры' });
/** The verdict's heading (it takes the focus when it appears). */
export const verdict = (page: Page, name: string): Locator => page.getByRole('heading', { level: 2, name });
/** The page's own status line (why a file could not be checked). */
export const status = (page: Page): Locator => page.locator('main').getByRole('status').first();

/** Opens /verify once the service worker controls the page. */
export async function open(page: Page): Promise<void> {
  await openApp(page, '/verify');
  await expectHeading(page, 'Проверить документ');
}

/** Pastes a QR text and presses «Проверить». */
export async function checkText(page: Page, text: string): Promise<void> {
  await pasteField(page).fill(text);
  await page.getByRole('button', { name: 'Проверить' }).click();
}

/** Chooses a document file (a PDF) to check. */
export async function uploadDocument(page: Page, file: string): Promise<void> {
  await documentInput(page).setInputFiles(file);
}

/** Chooses a photo of a QR code: a path or a file made in the test (see `qrPng`). */
export async function uploadQrPhoto(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  await photoInput(page).setInputFiles(file);
}

/** Presses «Сканировать QR-код» (install `fakeCamera` before the page loads). */
export async function scan(page: Page): Promise<void> {
  await scanButton(page).click();
}

/** Presses «Остановить» under the camera view. */
export async function stopCamera(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Остановить' }).click();
}

/** A PNG of the QR code for `text`, drawn on a canvas inside the page (8 px a module, white margin). */
export async function qrPng(page: Page, text: string): Promise<Buffer> {
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
export async function fakeCamera(page: Page, camera: { text: string | null } | { error: string }): Promise<void> {
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

/** The fake camera's record: the constraints asked for, the tracks handed out and how many are live. */
export const cameraState = (page: Page) =>
  page.evaluate(() => {
    const record = (window as unknown as { fakeCamera: { constraints: unknown; tracks: MediaStreamTrack[] } }).fakeCamera;
    return {
      constraints: record.constraints,
      live: record.tracks.filter((track) => track.readyState === 'live').length,
      tracks: record.tracks.length,
    };
  });

// Printing a document page gives the document, not the app around it: the printed application carries
// the same answers as its PDF copy, and none of the header, navigation, buttons or help button.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { confirmedCitizen, sendResidenceCertificate } from './pages/apply';
import { CITIZEN } from './pages/profile';

/** The text layer of a PDF, every run of whitespace made one space. */
function pdfText(bytes: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'okno-print-')), 'doc.pdf');
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-']).toString().replace(/\s+/g, ' ');
}

test('a printed application shows its answers as the PDF copy does, without the app around it', async ({ page }) => {
  test.slow(); // sign-up, identity, the whole wizard and two PDFs
  await confirmedCitizen(page);
  const { number } = await sendResidenceCertificate(page);
  await page.goto(`/applications/${(/\/applications\/([^/?]+)/.exec(page.url()) ?? [])[1] ?? ''}`);
  const answers = page.getByRole('region', { name: 'Ответы' }).or(page.locator('section[aria-labelledby="answers-title"]'));
  // The page reads the device's mirror: wait for the answers before reading them all at once.
  await expect(answers.locator('dd').filter({ hasText: CITIZEN.surname }).first()).toBeVisible();
  const values = (await answers.locator('dd').allTextContents()).map((v) => v.trim()).filter(Boolean);
  expect(values).toContain(CITIZEN.surname);
  expect(values).toContain(CITIZEN.birthDate); // ДД.ММ.ГГГГ, as typed
  expect(values.join(' ')).not.toMatch(/\d{4}-\d{2}-\d{2}/);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Скачать копию заявления (PDF)' }).click();
  const copy = pdfText(readFileSync((await (await downloading).path())!));

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Основные разделы' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Скачать копию заявления (PDF)' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Помощь' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const printed = pdfText(await page.pdf({ format: 'A4' }));

  const squeeze = (text: string) => text.replace(/\s+/g, '');
  for (const value of values) {
    expect(squeeze(printed), `printed page shows «${value}»`).toContain(squeeze(value));
    expect(squeeze(copy), `PDF copy shows «${value}»`).toContain(squeeze(value));
  }
  expect(printed).toContain(number);
  expect(copy).toContain(number);
  for (const chrome of ['Каталог услуг', 'Скачать копию', 'Перейти к основному содержанию', 'Демо-стенд']) expect(printed).not.toContain(chrome);
});

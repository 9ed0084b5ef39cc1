// The sent appeal as a PDF copy: downloaded from the confirmation page, rendered by poppler and read by
// Tesseract (what a person sees, not the text layer): its title, subject and number. The notification
// centre lists the appeal's notice under its own topic and leads to the appeal.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { ocrPdf } from '../support/ocr';
import { sendRequest } from './pages/appeals';
import { confirmedCitizen } from './pages/apply';

test('the confirmation offers the sent appeal as a PDF that reads as the page shows it', async ({ page }, info) => {
  test.slow();
  await confirmedCitizen(page);
  const number = await sendRequest(page, 'answered', 'Срок выдачи справки о составе семьи');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Скачать копию обращения (PDF)' }).click();
  const path = info.outputPath(`appeal-${number}.pdf`);
  await (await download).saveAs(path);
  const bytes = readFileSync(path);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

  const collapse = (text: string) => text.replace(/\s+/g, '');
  const read = ocrPdf(bytes, 'rus+eng');
  for (const words of ['Копия обращения', 'Срок выдачи справки о составе семьи', 'Запрос'])
    expect(collapse(read), `OCR read: ${read}`).toContain(collapse(words));
  // Digits with the Latin model, as in the answer's test (the Russian one misreads some digit pairs).
  expect(collapse(ocrPdf(bytes, 'eng')), 'OCR read the number').toContain(number);

  // The notification centre says so in words, keeps its topic filter in the address and leads back.
  await page.getByRole('link', { name: /^Уведомления/ }).click();
  await page.getByLabel('Показать').selectOption({ label: 'Об обращениях' });
  await expect(page).toHaveURL(/topic=appeals/);
  const notice = page.getByRole('link', { name: `Обращение № ${number} получено ведомством.` });
  await expect(notice).toBeVisible();
  await page.getByLabel('Показать').selectOption({ label: 'О записях на приём' });
  await expect(page.getByText('Уведомлений этого вида нет.')).toBeVisible();
  await page.getByLabel('Показать').selectOption({ label: 'Об обращениях' });
  await notice.click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(number) })).toBeVisible();
});

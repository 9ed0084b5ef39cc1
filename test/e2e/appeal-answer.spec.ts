// The answer to an appeal, as a person gets and checks it (issue 12 point 6): answered on the simulated
// clock, downloaded as the sealed PDF (rendered by poppler and read by Tesseract here), JSON and XML;
// each verified on «Проверить документ», a one-byte-changed copy refused; axe on the verdict in ru and en.
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { ocrPdf } from '../support/ocr';
import { openApp } from './pages/app';
import { DAY, jump, sendRequest } from './pages/appeals';
import { confirmedCitizen } from './pages/apply';
import { axeFindings } from './pages/axe';

const verdict = (page: Page) => page.locator('[data-verdict]');
const fileInput = (page: Page) => page.getByLabel('Загрузить файл документа');

async function downloadAnswer(page: Page, button: string, path: string): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button, exact: true }).click();
  await (await download).saveAs(path);
  return path;
}

test('an answered appeal: the PDF reads as printed, verifies, a changed byte is refused; JSON and XML verify; axe in ru and en', async ({
  page,
}, info) => {
  test.setTimeout(180_000);
  await confirmedCitizen(page);
  const number = await sendRequest(page, 'answered', 'Срок выдачи справки о составе семьи');

  await jump(page, 20 * DAY);
  const answer = page.getByRole('region', { name: 'Ответ ведомства' });
  await expect(answer).toBeVisible({ timeout: 20_000 });
  const executor = (await answer.locator('dt:has-text("Исполнитель") + dd').textContent())!.split(',')[0]!.trim();
  expect(executor).toMatch(/^[А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+$/);

  const pdf = await downloadAnswer(page, 'PDF с подписью', info.outputPath(`answer-${number}.pdf`));
  const json = await downloadAnswer(page, 'JSON с подписью', info.outputPath(`answer-${number}.json`));
  const xml = await downloadAnswer(page, 'XML с подписью', info.outputPath(`answer-${number}.xml`));

  // What a person sees on the page, not the text layer: the title and the executor in Russian; the
  // digits with the Latin model (the Russian one misreads some digit pairs, see workers/pdf/ocr.test.ts).
  const bytes = readFileSync(pdf);
  const collapse = (text: string) => text.replace(/\s+/g, '');
  const read = ocrPdf(bytes, 'rus+eng');
  for (const words of ['Ответ на обращение', executor]) expect(collapse(read), `OCR read: ${read}`).toContain(collapse(words));
  expect(collapse(ocrPdf(bytes, 'eng')), 'OCR read the number').toContain(number);

  await openApp(page, '/verify');
  await fileInput(page).setInputFiles(pdf);
  await expect(page.getByRole('heading', { level: 2, name: 'Документ действителен' })).toBeFocused();
  const facts = page.getByRole('definition');
  await expect(verdict(page)).toContainText('Подпись ведомства верна: это подлинный ответ на обращение');
  await expect(facts.filter({ hasText: `Ответ на обращение № ${number}` })).toBeVisible();
  await expect(verdict(page)).toContainText(executor);
  await page.screenshot({ path: info.outputPath('verdict-answer.png'), fullPage: true });
  expect(await axeFindings(page, '[data-verdict]')).toEqual([]);

  // One changed digit of the appeal number inside the sealed file.
  const changed = Buffer.from(bytes);
  const at = changed.indexOf(Buffer.from(`"number":"${number}"`)) + '"number":"'.length;
  expect(at).toBeGreaterThan(20);
  changed[at] = changed[at] === 0x39 ? 0x38 : changed[at]! + 1;
  const tampered = info.outputPath('answer-changed.pdf');
  writeFileSync(tampered, changed);
  await fileInput(page).setInputFiles(tampered);
  await expect(page.getByRole('heading', { level: 2, name: 'Документ недействителен: изменён после подписания' })).toBeFocused();
  expect(await axeFindings(page, '[data-verdict]')).toEqual([]);

  // The QR code printed on the page leads to the same verdict: a photo of the rendered page is enough.
  const photo = info.outputPath('answer-page');
  execFileSync('pdftoppm', ['-r', '150', '-png', '-f', '1', '-l', '1', '-singlefile', pdf, photo]);
  await page.getByLabel('Загрузить фото QR-кода').setInputFiles(`${photo}.png`);
  await expect(page.getByRole('heading', { level: 2, name: 'Документ действителен' })).toBeFocused();
  await expect(facts.filter({ hasText: `Ответ на обращение № ${number}` })).toBeVisible();
  await fileInput(page).setInputFiles(tampered);
  await expect(page.getByRole('heading', { level: 2, name: 'Документ недействителен: изменён после подписания' })).toBeFocused();

  for (const file of [json, xml]) {
    await fileInput(page).setInputFiles(file);
    await expect(page.getByRole('heading', { level: 2, name: 'Документ действителен' })).toBeFocused();
    await expect(facts.filter({ hasText: `Ответ на обращение № ${number}` })).toBeVisible();
  }
  const xmlChanged = info.outputPath('answer-changed.xml');
  writeFileSync(
    xmlChanged,
    readFileSync(xml, 'utf8').replace(/<code>(\d)/, (_, d: string) => `<code>${(Number(d) % 9) + 1}`),
  );
  await fileInput(page).setInputFiles(xmlChanged);
  await expect(page.getByRole('heading', { level: 2, name: 'Документ недействителен: изменён после подписания' })).toBeFocused();

  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.getByLabel('Upload the document’s file').setInputFiles(pdf);
  await expect(page.getByRole('heading', { level: 2, name: 'The document is valid' })).toBeFocused();
  await expect(facts.filter({ hasText: `Answer to appeal № ${number}` })).toBeVisible();
  expect(await axeFindings(page, '[data-verdict]')).toEqual([]);
});

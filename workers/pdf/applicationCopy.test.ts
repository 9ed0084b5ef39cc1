import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { certificateEn } from '../../src/i18n/certificate.en';
import { certificateRu } from '../../src/i18n/certificate.ru';
import { renderApplicationCopy, type ApplicationCopyInput } from './applicationCopy';

const input = (rows: ApplicationCopyInput['rows'], files: ApplicationCopyInput['files'] = []): ApplicationCopyInput => ({
  number: '2026-ABCD-EFGH',
  serviceTitle: 'Справка о месте жительства',
  submittedAt: Date.parse('2026-03-02T09:00:00.000Z'),
  status: 'Отправлено',
  rows,
  files,
  labels: certificateRu.applicationCopyPdf,
  language: 'ru',
});

describe('application copy PDF', () => {
  it('a short application fits one page and is titled with its number', async () => {
    const bytes = await renderApplicationCopy(
      input([{ heading: 'Заявитель' }, { label: 'Фамилия', value: 'Иванова' }], [{ name: 'паспорт.pdf', size: 120_000 }]),
    );
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(1);
    expect(pdf.getTitle()).toBe('Копия заявления 2026-ABCD-EFGH');
  });

  it('a long application flows onto further pages', async () => {
    const rows = Array.from({ length: 80 }, (_, i) => ({ label: `Поле ${i}`, value: i % 10 === 0 ? 'длинный ответ '.repeat(40) : `ответ ${i}` }));
    const pdf = await PDFDocument.load(await renderApplicationCopy(input(rows)));
    expect(pdf.getPageCount()).toBeGreaterThan(2);
  });

  it('takes English labels as well', async () => {
    const bytes = await renderApplicationCopy({ ...input([]), labels: certificateEn.applicationCopyPdf, language: 'en' });
    expect((await PDFDocument.load(bytes)).getTitle()).toBe('Copy of the application 2026-ABCD-EFGH');
  });
});

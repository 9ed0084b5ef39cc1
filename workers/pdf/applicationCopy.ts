// A printable copy of a submitted application: its number, service, date, status, every answer as a
// label/value row (long forms flow onto further pages) and the attached files. The caller resolves the
// labels and values in the reader's language; nothing here knows a service's form.
import { formatMoscowDateTime } from '../../src/domain/calendar';
import { documentFont } from './font/documentFont';
import { PdfDocument } from './pdfDocument';
import { A4, createCursor, MARGIN, MUTED, numberPages, wrapText } from './layout';

export interface ApplicationCopyLabels {
  title: string;
  number: string;
  service: string;
  submittedAt: string;
  status: string;
  answers: string;
  files: string;
  noFiles: string;
  /** «{n} КБ» */
  sizeKb: string;
  /** «Страница {n} из {total}» */
  page: string;
  note: string;
}

export type ApplicationCopyRow = { label: string; value: string } | { heading: string };

export interface ApplicationCopyInput {
  number: string;
  serviceTitle: string;
  /** ms; printed as Moscow date and time. */
  submittedAt: number;
  /** The status as the page names it. */
  status: string;
  rows: ApplicationCopyRow[];
  files: { name: string; size: number }[];
  labels: ApplicationCopyLabels;
  language: string;
}

const LABEL_WIDTH = 190;

const moscowDateTime = (ms: number) => formatMoscowDateTime(ms);

export async function renderApplicationCopy(input: ApplicationCopyInput): Promise<Uint8Array> {
  const { labels } = input;
  const pdf = PdfDocument.create();
  pdf.setTitle(`${labels.title} ${input.number}`);
  pdf.setLanguage(input.language);
  pdf.setProducer('Okno');
  pdf.setCreator('Okno PDF worker');
  const font = documentFont;
  const cursor = createCursor(pdf, font);
  const width = A4[0] - 2 * MARGIN;

  const row = (label: string, value: string) => {
    const labelLines = wrapText(label, font, 10, LABEL_WIDTH - 12);
    const valueLines = wrapText(value || '—', font, 11, width - LABEL_WIDTH);
    // A row moves to the next page whole, unless it is taller than a page by itself.
    cursor.ensure(Math.min(Math.max(labelLines.length, valueLines.length) * 15, 600));
    for (let i = 0; i < Math.max(labelLines.length, valueLines.length); i++) {
      cursor.ensure(15);
      if (labelLines[i]) cursor.text(labelLines[i]!, MARGIN, 10, MUTED);
      if (valueLines[i]) cursor.text(valueLines[i]!, MARGIN + LABEL_WIDTH, 11);
      cursor.down(15);
    }
    cursor.down(4);
  };
  const heading = (text: string) => {
    cursor.ensure(50);
    cursor.down(10);
    for (const line of wrapText(text, font, 14, width)) {
      cursor.text(line, MARGIN, 14);
      cursor.down(20);
    }
  };

  cursor.down(10);
  for (const line of wrapText(labels.title, font, 20, width)) {
    cursor.text(line, MARGIN, 20);
    cursor.down(28);
  }
  row(labels.number, input.number);
  row(labels.service, input.serviceTitle);
  row(labels.submittedAt, moscowDateTime(input.submittedAt));
  row(labels.status, input.status);
  heading(labels.answers);
  for (const item of input.rows) {
    if ('heading' in item) heading(item.heading);
    else row(item.label, item.value);
  }
  heading(labels.files);
  if (input.files.length === 0) {
    cursor.ensure(15);
    cursor.text(labels.noFiles, MARGIN, 11);
    cursor.down(19);
  }
  for (const file of input.files) row(file.name, labels.sizeKb.replace('{n}', String(Math.max(1, Math.round(file.size / 1024)))));
  cursor.down(12);
  cursor.ensure(24);
  for (const line of wrapText(labels.note, font, 8, width)) {
    cursor.text(line, MARGIN, 8, MUTED);
    cursor.down(11);
  }

  numberPages(pdf, font, labels.page);
  return pdf.save();
}

import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { sampleReceipt } from '../../test/fixtures/receiptSamples';
import { receiptsEn } from '../../src/i18n/receipts.en';
import { receiptsRu } from '../../src/i18n/receipts.ru';
import { documentText } from '../../test/support/pdfText';
import { receiptQrPayload, renderReceipt } from './receipt';

const fine = sampleReceipt({
  kind: 'fine',
  purpose: { ru: 'Штраф по постановлению 18810177230000123456', en: 'Fine under ruling 18810177230000123456' },
  uins: ['18810177230000123456'],
  amountKopecks: 123_456,
  commissionKopecks: 1_235,
  totalKopecks: 124_691,
  applicationNumber: undefined,
});

describe('receipt PDF', () => {
  it('prints the amount as «1 234,56 ₽», the payee’s bank details and the UIN in extractable Cyrillic text', async () => {
    const pdf = await PDFDocument.load(await renderReceipt({ receipt: fine, labels: receiptsRu.receipts.pdf, language: 'ru' }));
    // A no-break space and a space share one glyph in PT Sans, so extracted text may give either.
    const text = documentText(pdf).replace(/\s/g, ' ');
    expect(pdf.getPageCount()).toBe(1);
    expect(text).toContain('1 234,56 ₽');
    expect(text).toContain('1 246,91 ₽');
    expect(text).toContain('Квитанция об оплате');
    expect(text).toContain('Иванова Мария Петровна');
    for (const detail of ['7707089101', '770731005', '004525988', '03100643000000017300', '18810177230000123456', fine.transactionId]) {
      expect(text).toContain(detail);
    }
    expect(pdf.getTitle()).toBe(`Квитанция об оплате ${fine.transactionId}`);
  });

  it('carries the transaction and the amount in its QR payload', () => {
    expect(receiptQrPayload(fine)).toBe(`OKNO-RECEIPT.${fine.transactionId}.123456`);
  });

  it('takes English labels and formats money for English', async () => {
    const pdf = await PDFDocument.load(await renderReceipt({ receipt: fine, labels: receiptsEn.receipts.pdf, language: 'en' }));
    const text = documentText(pdf);
    expect(text).toContain('Payment receipt');
    expect(text).toContain('Fine under ruling');
    expect(text).toMatch(/1,234\.56/);
  });
});

import { PDFDocument } from 'pdf-lib';
import { latin1Text as latin1, pageText } from '../../test/support/pdfText';
import { describe, expect, it } from 'vitest';
import { certificateRu } from '../../src/i18n/certificate.ru';
import { canonicalJson, formatQrPayload, type CertificateData } from '../../src/domain/certificate';
import { renderCertificate, wrapText } from './certificate';
import { documentFont } from './font/documentFont';
import { qrMatrix } from './qr';

const SAMPLE: CertificateData = {
  v: 1,
  number: 'RC-2026-7K3M9Q',
  caseNumber: '2026-ABCD-EFGH',
  serviceId: 'residence-certificate',
  title: 'Справка о месте жительства',
  authority: 'Управление по вопросам миграции МВД России (учебная симуляция «Окно»)',
  applicant: { fullName: 'Иванова Мария Петровна', birthDate: '1990-03-14' },
  address: '142100, Московская область, Подольск, улица Ленина, д. 7, кв. 12',
  kind: 'residence_period',
  purpose: 'В банк (договор № 12)',
  period: { from: '2015-06-01', to: '2026-03-01' },
  issuedAt: '2026-03-02T09:00:00.000Z',
  validUntil: '2026-04-02',
};
const SIGNATURE = 'S'.repeat(86);
const QR = formatQrPayload({ number: SAMPLE.number, hash: 'H'.repeat(43), signature: SIGNATURE });

describe('certificate PDF', () => {
  it('renders one A4 page whose Cyrillic text can be extracted', async () => {
    const bytes = await renderCertificate({
      data: canonicalJson(SAMPLE),
      signature: SIGNATURE,
      keyId: 'KEYID-0123456789',
      qr: QR,
      labels: certificateRu.certificatePdf,
    });
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(1);
    expect(pdf.getTitle()).toBe('Справка о месте жительства № RC-2026-7K3M9Q');
    const text = pageText(pdf, pdf.getPage(0));
    for (const expected of [
      'Иванова Мария Петровна',
      'RC-2026-7K3M9Q',
      '14.03.1990',
      'О месте жительства с указанием срока проживания',
      'с 01.06.2015 по 01.03.2026',
      'В банк (договор № 12)',
      '02.04.2026',
      'Документ подписан электронной подписью',
      'Ключ: KEYID-0123456789',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toContain('Подпись: SSSSSSSSSSSSSSSS…SSSSSSSS');
    // A subset font: far smaller than the 270 KB TTF.
    expect(bytes.length).toBeLessThan(80_000);
  });

  it('keeps the signed data and signature readable as plain text in the file', async () => {
    const data = canonicalJson(SAMPLE);
    const bytes = await renderCertificate({ data, signature: SIGNATURE, keyId: 'k', qr: QR, labels: certificateRu.certificatePdf });
    const file = latin1(bytes);
    // ( and ) are escaped inside a PDF literal string, \ doubled.
    const literal = data.replace(/[\\()]/g, (c) => `\\${c}`);
    expect(file).toContain(`/OknoData (${literal})`);
    expect(file).toContain(`/OknoSignature (${SIGNATURE})`);
  });

  it('refuses data that is not a canonical certificate', async () => {
    const input = { data: JSON.stringify(SAMPLE), signature: SIGNATURE, keyId: 'k', qr: QR, labels: certificateRu.certificatePdf };
    await expect(renderCertificate(input)).rejects.toThrow('canonical');
  });
});

describe('QR and wrapping', () => {
  it('encodes the payload as a square matrix with the three finder patterns', () => {
    const m = qrMatrix(QR);
    expect(m.length).toBeGreaterThanOrEqual(21);
    expect(m.every((row) => row.length === m.length)).toBe(true);
    const n = m.length;
    // A finder pattern's top row is 7 dark modules, at three corners.
    for (const [r, c] of [
      [0, 0],
      [0, n - 7],
      [n - 7, 0],
    ] as const)
      expect(m[r]!.slice(c, c + 7).every(Boolean)).toBe(true);
  });

  it('wraps long text within the width and cuts a word longer than a line', async () => {
    const font = documentFont;
    const lines = wrapText(`улица ${'Ж'.repeat(60)} дом 7`, font, 12, 200);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(font.widthOfTextAtSize(line, 12)).toBeLessThanOrEqual(200);
    // Nothing is lost: only where the lines break differs.
    expect(lines.join('')).toBe(`улица${'Ж'.repeat(60)}дом 7`);
  });
});

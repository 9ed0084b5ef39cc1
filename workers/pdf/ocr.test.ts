// Every kind of document, rendered to pixels by poppler and read back by Tesseract: the test a PDF
// with a broken font fails even when its text layer is perfect (issue 10). Slow (OCR), so one test per
// document and language.
import { describe, expect, it } from 'vitest';
import { canonicalJson, type CertificateData } from '../../src/domain/certificate';
import { sampleReceipt } from '../../test/fixtures/receiptSamples';
import { certificateEn } from '../../src/i18n/certificate.en';
import { certificateRu } from '../../src/i18n/certificate.ru';
import { en } from '../../src/i18n/en';
import { ru } from '../../src/i18n/ru';
import { receiptsEn } from '../../src/i18n/receipts.en';
import { receiptsRu } from '../../src/i18n/receipts.ru';
import { keepPagePng, ocrPdf } from '../../test/support/ocr';
import { appealsEn } from '../../src/i18n/appeals.en';
import { appealsRu } from '../../src/i18n/appeals.ru';
import { renderAppealAnswer } from './appealAnswer';
import { renderApplicationCopy } from './applicationCopy';
import { renderCertificate } from './certificate';
import { renderDoctorConfirmation } from './doctorConfirmation';
import { doctorConfirmation } from '../../src/domain/offices/doctorConfirmation';
import { OFFICES } from '../../src/domain/offices/offices';
import { doctorRu } from '../../src/i18n/doctor.ru';
import { doctorEn } from '../../src/i18n/doctor.en';
import { officesRu } from '../../src/i18n/offices.ru';
import { officesEn } from '../../src/i18n/offices.en';
import { renderReceipt } from './receipt';
import { renderTestDocument } from './testDocument';

const OCR_TIMEOUT_MS = 60_000;
/**
 * What OCR cannot tell apart is forgiven, nothing else: Latin and Cyrillic letters of the same shape
 * (the number RC-2026-7K3M9W next to Russian words), «ё» and «е», «₽» and «Р», and the thin gap between
 * thousands. Every other character must be read as printed.
 */
const SAME_SHAPE: Record<string, string> = {
  А: 'A',
  В: 'B',
  С: 'C',
  Е: 'E',
  Н: 'H',
  К: 'K',
  М: 'M',
  О: 'O',
  Р: 'P',
  Т: 'T',
  Х: 'X',
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  ё: 'e',
  '₽': 'P',
};
const loose = (text: string) => text.replace(/[АВСЕНКМОРТХаеорсухё₽]/g, (c) => SAME_SHAPE[c]!).replace(/\s+/g, '');
function expectRead(read: string, words: string[]) {
  for (const word of words) expect(loose(read), `OCR read: ${read}`).toContain(loose(word));
}

const CERTIFICATE: CertificateData = {
  v: 1,
  number: 'RC-2026-7K3M9W',
  caseNumber: '2026-ABCD-EFGH',
  serviceId: 'residence-certificate',
  title: 'Справка о месте жительства',
  authority: 'Управление по вопросам миграции МВД России (учебная симуляция «Окно»)',
  applicant: { fullName: 'Иванова Мария Петровна', birthDate: '1990-03-14' },
  address: '142100, Московская область, город Подольск, улица Ленина, дом 7, квартира 12',
  kind: 'residence',
  purpose: 'В банк или страховую компанию',
  issuedAt: '2026-03-02T09:00:00.000Z',
  validUntil: '2026-04-02',
};

describe('documents read by OCR', { timeout: OCR_TIMEOUT_MS }, () => {
  it('certificate: title, number, applicant, address and dates', async () => {
    const bytes = await renderCertificate({
      data: canonicalJson(CERTIFICATE),
      signature: 'S'.repeat(86),
      keyId: 'Ab3dEf6hIj9kLm2n',
      qr: `OKNO1.${CERTIFICATE.number}.${'H'.repeat(43)}.${'S'.repeat(86)}`,
      labels: certificateRu.certificatePdf,
    });
    keepPagePng(bytes, 'certificate');
    for (const renderer of ['poppler', 'ghostscript'] as const)
      expectRead(ocrPdf(bytes, 'rus+eng', renderer), [
        'Справка о месте жительства',
        'RC-2026-7K3M9W',
        'Иванова Мария Петровна',
        'улица Ленина',
        'Подольск',
        '14.03.1990',
        '02.04.2026',
      ]);
  });

  const receipt = sampleReceipt({ kind: 'fee', amountKopecks: 123_456, commissionKopecks: 0, totalKopecks: 123_456 });
  it('receipt in Russian: title, payer, amount in roubles, transaction', async () => {
    const bytes = await renderReceipt({ receipt, labels: receiptsRu.receipts.pdf, language: 'ru' });
    keepPagePng(bytes, 'receipt-ru');
    expectRead(ocrPdf(bytes, 'rus+eng'), ['Квитанция об оплате', receipt.payer.name, '1 234,56 ₽', receipt.transactionId]);
  });

  it('receipt in English follows the reader’s language', async () => {
    const bytes = await renderReceipt({ receipt, labels: receiptsEn.receipts.pdf, language: 'en' });
    keepPagePng(bytes, 'receipt-en');
    expectRead(ocrPdf(bytes, 'rus+eng'), ['Payment receipt', receipt.payer.name, '1,234.56', receipt.transactionId]);
  });

  const copy = (language: 'ru' | 'en') => ({
    number: '2026-ABCD-EFGH',
    serviceTitle: 'Справка о месте жительства',
    submittedAt: Date.parse('2026-03-02T09:00:00.000Z'),
    status: language === 'ru' ? 'Отправлено' : 'Sent',
    rows: [
      { heading: language === 'ru' ? 'Заявитель' : 'Applicant' },
      { label: language === 'ru' ? 'Фамилия' : 'Surname', value: 'Иванова' },
      { label: language === 'ru' ? 'Имя' : 'Name', value: 'Мария' },
    ],
    files: [{ name: 'passport.pdf', size: 120_000 }],
    labels: language === 'ru' ? certificateRu.applicationCopyPdf : certificateEn.applicationCopyPdf,
    language,
  });
  it('application copy in Russian: title, number, answers', async () => {
    const bytes = await renderApplicationCopy(copy('ru'));
    keepPagePng(bytes, 'application-ru');
    expectRead(ocrPdf(bytes, 'rus+eng'), ['Копия заявления', '2026-ABCD-EFGH', 'Справка о месте жительства', 'Иванова', 'Мария', '02.03.2026']);
  });

  it('application copy in English', async () => {
    const bytes = await renderApplicationCopy(copy('en'));
    keepPagePng(bytes, 'application-en');
    expectRead(ocrPdf(bytes, 'rus+eng'), ['2026-ABCD-EFGH', 'Иванова', 'Surname']);
  });

  it('demo test PDF in both languages', async () => {
    for (const [language, texts] of [
      ['ru', ru.demo],
      ['en', en.demo],
    ] as const) {
      const bytes = await renderTestDocument({ title: texts.pdfTitle, lines: [texts.pdfLine1, texts.pdfLine2], language });
      keepPagePng(bytes, `demo-${language}`);
      expectRead(ocrPdf(bytes, 'rus+eng'), [texts.pdfTitle, texts.pdfLine1]);
    }
  });

  const answer = (language: 'ru' | 'en') => {
    const texts = (language === 'ru' ? appealsRu : appealsEn).appeals;
    return renderAppealAnswer({
      data: '{}',
      view: {
        authority: texts.answerPdf.authorityName,
        number: '12345678',
        sentAt: Date.parse('2026-03-02T09:00:00.000Z'),
        type: texts.types.complaint,
        topic: texts.topics.services,
        subject: 'Справка не пришла в срок',
        outcome: texts.outcomes.done,
        code: 210,
        explanation: 'Справка выдана 05.03.2026 и направлена в личный кабинет. Приносим извинения за задержку.',
        nextSteps: 'Скачайте справку в разделе «Мои заявления».',
        executor: { name: 'Петрова Ольга Ивановна', position: 'Ведущий специалист', phone: '+7 495 555-01-17' },
        answeredAt: Date.parse('2026-03-05T12:30:00.000Z'),
      },
      qr: `OKNO1.12345678.${'H'.repeat(43)}.${'S'.repeat(86)}`,
      labels: texts.answerPdf,
      language,
      seal: { keyId: 'Ab3dEf6hIj9kLm2n', signedAt: new Date('2026-03-05T12:30:00.000Z') },
    });
  };
  it(
    'appeal answer in Russian: title, number, executor, dates',
    async () => {
      const bytes = await answer('ru');
      keepPagePng(bytes, 'appeal-answer-ru');
      for (const renderer of ['poppler', 'ghostscript'] as const) {
        expectRead(ocrPdf(bytes, 'rus+eng', renderer), [
          'Ответ на обращение',
          'Петрова Ольга Ивановна',
          'Ведущий специалист',
          'Жалоба',
          'Выполнено',
          '210',
        ]);
        // Digits are read with the Latin model: the Russian one turns the «34» of 12345678 into «54» on
        // any rendering, while a person and the Latin model read it as printed.
        expectRead(ocrPdf(bytes, 'eng', renderer), ['12345678', '02.03.2026 12:00', '05.03.2026 15:30', '+7 495 555-01-17']);
      }
    },
    2 * OCR_TIMEOUT_MS,
  ); // four readings: two renderers, two language models

  it('appeal answer in English: labels follow the reader, the executor stays as written', async () => {
    const bytes = await answer('en');
    keepPagePng(bytes, 'appeal-answer-en');
    expectRead(ocrPdf(bytes, 'rus+eng'), ['Answer to an appeal', 'Петрова Ольга Ивановна', 'Complaint', 'Done', 'Executor']);
    expectRead(ocrPdf(bytes, 'eng'), ['12345678']);
  });

  const clinic = OFFICES.find((o) => o.id === 'mos-clinic-14')!;
  const paediatrician = clinic.doctors!.find((d) => d.specialty === 'paediatrician')!;
  const doctorBooking = {
    id: 'b1',
    ticket: 'ПК-0042',
    officeId: clinic.id,
    serviceId: 'doctor' as const,
    doctorId: paediatrician.id,
    startsAt: Date.parse('2026-12-02T06:40:00Z'),
    endsAt: Date.parse('2026-12-02T07:00:00Z'),
    status: 'confirmed' as const,
    comment: '',
    patient: { forWhom: 'child' as const, name: 'Петрова Анна Ивановна', birthDate: '2019-03-05', policy: '7700000000041788' },
    createdAt: 0,
    updatedAt: 0,
    sequence: 0,
  };
  it('doctor’s confirmation in Russian: clinic, doctor, time, room, patient, masked policy', async () => {
    const input = doctorConfirmation(
      doctorBooking,
      clinic,
      doctorRu.doctor.confirmation,
      'ru',
      (s) => officesRu.offices.specialties[s as 'paediatrician'],
    );
    const bytes = await renderDoctorConfirmation(input);
    keepPagePng(bytes, 'doctor-ru');
    const read = ocrPdf(bytes, 'rus+eng');
    expectRead(read, [
      clinic.name.ru,
      paediatrician.name.ru,
      '09:40',
      '02.12.2026',
      'Педиатр',
      'Петрова Анна Ивановна',
      paediatrician.room,
      'XXXX 1788',
    ]);
    expect(loose(read)).not.toContain('770000000004');
  });

  it('doctor’s confirmation in English', async () => {
    const input = doctorConfirmation(
      doctorBooking,
      clinic,
      doctorEn.doctor.confirmation,
      'en',
      (s) => officesEn.offices.specialties[s as 'paediatrician'],
    );
    const bytes = await renderDoctorConfirmation(input);
    keepPagePng(bytes, 'doctor-en');
    expectRead(ocrPdf(bytes, 'rus+eng'), ['Doctor', clinic.name.en, paediatrician.name.en, '09:40', 'Paediatrician']);
  });
});

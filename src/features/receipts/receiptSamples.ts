// Test and bench data only (never imported by the app): receipts shaped exactly like the server's views,
// so unit tests, the PDF test and the 5,000-receipt bench share one realistic sample.
import type { ReceiptView } from '../../domain/payments/api';

const DAY_MS = 86_400_000;
/** 2026-03-02 12:00 Moscow time. */
export const SAMPLE_PAID_AT = Date.parse('2026-03-02T09:00:00.000Z');

export function sampleReceipt(overrides: Partial<ReceiptView> = {}): ReceiptView {
  return {
    id: 'rcpt-0001',
    invoiceId: 'inv-00000001',
    kind: 'fee',
    payer: { name: 'Иванова Мария Петровна', inn: '500100732259', phone: '+79123456789' },
    payee: {
      name: 'УФК по г. Москве (ГУ МВД России по г. Москве)',
      inn: '7707089101',
      kpp: '770731005',
      bankName: 'ГУ Банка России по ЦФО//УФК по г. Москве',
      bik: '004525988',
      treasuryAccount: '03100643000000017300',
      bankAccount: '40102810545370000003',
      kbk: '18810806000018003110',
      oktmo: '45382000',
    },
    purpose: { ru: 'Госпошлина за выдачу паспорта гражданина РФ', en: 'State fee for issuing a Russian passport' },
    amountKopecks: 123_456,
    commissionKopecks: 0,
    totalKopecks: 123_456,
    method: 'card',
    methodDetail: 'Visa •••• 1111',
    paidAt: SAMPLE_PAID_AT,
    transactionId: '10000000000000000001',
    serviceId: 'internal-passport',
    archived: false,
    ...overrides,
  };
}

const KINDS = ['fee', 'fine', 'tax'] as const;
const SERVICES = ['internal-passport', 'foreign-passport', 'driving-licence', 'residence-certificate'];

/** `count` receipts, one every few hours back from `newest`, with varied kinds, services and amounts. */
export function sampleReceipts(count: number, newest = SAMPLE_PAID_AT): ReceiptView[] {
  return Array.from({ length: count }, (_, i) => {
    const kind = KINDS[i % 3]!;
    const amountKopecks = 10_000 + ((i * 7_919) % 500) * 1_000;
    return sampleReceipt({
      id: `rcpt-${String(i).padStart(6, '0')}`,
      invoiceId: `inv-${String(i).padStart(8, '0')}`,
      kind,
      amountKopecks,
      totalKopecks: amountKopecks,
      paidAt: newest - i * (DAY_MS / 4),
      transactionId: `2${String(i).padStart(19, '0')}`,
      serviceId: kind === 'fee' ? SERVICES[i % SERVICES.length] : undefined,
      uins: kind === 'fine' ? [`188101${String(77230000000000 + i)}`] : undefined,
      archived: i > count * 0.9,
    });
  });
}

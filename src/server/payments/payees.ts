// Payee bank details of the simulated treasury: invented but well-formed (10-digit INN, 9-digit KPP and
// BIK, 20-digit treasury and bank accounts, 20-digit KBK, 8-digit OKTMO), so receipts and QR codes look real.
import type { Payee } from '../../domain/payments/api';

const TREASURY_BANK = {
  bankName: 'ГУ Банка России по ЦФО//УФК по г. Москве г. Москва',
  bik: '004525988',
  bankAccount: '40102810545370000003',
  oktmo: '45382000',
};

/** Fee payees by service; a service with a fee missing here pays the interior ministry. */
const FEE_PAYEES: Record<string, Payee> = {
  'internal-passport': {
    name: 'УФК по г. Москве (ГУ МВД России по г. Москве)',
    inn: '7707089101',
    kpp: '770701001',
    treasuryAccount: '03100643000000017300',
    kbk: '18810806000018003110',
    ...TREASURY_BANK,
  },
  'foreign-passport': {
    name: 'УФК по г. Москве (ГУ МВД России по г. Москве)',
    inn: '7707089101',
    kpp: '770701001',
    treasuryAccount: '03100643000000017300',
    kbk: '18810806000018006110',
    ...TREASURY_BANK,
  },
  'driving-licence': {
    name: 'УФК по г. Москве (УГИБДД ГУ МВД России по г. Москве)',
    inn: '7707089101',
    kpp: '770731005',
    treasuryAccount: '03100643000000017300',
    kbk: '18810807141011000110',
    ...TREASURY_BANK,
  },
  'marriage-registration': {
    name: 'УФК по г. Москве (Управление ЗАГС Москвы)',
    inn: '7710474791',
    kpp: '771001001',
    treasuryAccount: '03100643000000017300',
    kbk: '81010805000010000110',
    ...TREASURY_BANK,
  },
};

export function feePayee(serviceId: string): Payee {
  return FEE_PAYEES[serviceId] ?? FEE_PAYEES['internal-passport']!;
}

export const FINES_PAYEE: Payee = {
  name: 'УФК по г. Москве (ГУ МВД России по г. Москве)',
  inn: '7707089101',
  kpp: '770731005',
  treasuryAccount: '03100643000000017300',
  kbk: '18811601123010001140',
  ...TREASURY_BANK,
};

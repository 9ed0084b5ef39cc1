import { describe, expect, it } from 'vitest';
import { moscowTime } from '../calendar';
import { articleText, discountApplies, discountUntil, fineCountFor, finePayable, generateFine, uinFor, uinKnown } from './fines';
import { refundNextAt, refundStatus, refundSchedule } from './refunds';

const fine = { amountKopecks: 50_000, rulingDate: '2026-03-01', discountExcluded: false };
const at = (date: string, hour = 12) => moscowTime(date, hour);

describe('early-payment discount', () => {
  it('halves the fine through the 20th day after the ruling, inclusive, in Moscow days', () => {
    expect(discountUntil('2026-03-01')).toBe('2026-03-21');
    expect(finePayable(fine, at('2026-03-01'))).toBe(25_000);
    expect(finePayable(fine, moscowTime('2026-03-21', 23, 59))).toBe(25_000);
    expect(finePayable(fine, moscowTime('2026-03-22', 0))).toBe(50_000);
  });

  it('does not apply to excluded offences', () => {
    expect(discountApplies({ ...fine, discountExcluded: true }, at('2026-03-02'))).toBe(false);
    expect(finePayable({ ...fine, discountExcluded: true }, at('2026-03-02'))).toBe(50_000);
  });

  it('rounds the 50 % half up, so the payer pays the smaller half of an odd kopeck', () => {
    expect(finePayable({ ...fine, amountKopecks: 50_101 }, at('2026-03-02'))).toBe(25_050);
  });
});

describe('simulated registry', () => {
  it('gives the same fine for the same number and day, with a ruling 1–40 days back', () => {
    const a = generateFine('18810177230000123456', '2026-03-02');
    expect(generateFine('18810177230000123456', '2026-03-02')).toEqual(a);
    expect(a.rulingDate < '2026-03-02' && a.rulingDate >= '2026-01-21').toBe(true);
    expect(Number.isInteger(a.amountKopecks)).toBe(true);
  });

  it('derives 20-digit UINs and 0–3 fines per document; a UIN ending 0000 is unknown', () => {
    expect(uinFor('77АВ123456', 0)).toMatch(/^188101\d{14}$/);
    expect(uinFor('77АВ123456', 1)).not.toBe(uinFor('77АВ123456', 0));
    expect(fineCountFor('77АВ123456')).toBeGreaterThanOrEqual(0);
    expect(fineCountFor('77АВ123456')).toBeLessThanOrEqual(3);
    expect(uinKnown('18810177230000120000')).toBe(false);
  });
});

describe('refund machine', () => {
  it('moves requested → approved → paid back on working days', () => {
    const friday = moscowTime('2026-03-06', 15);
    const { approvedAt, paidBackAt } = refundSchedule(friday);
    expect(approvedAt).toBe(moscowTime('2026-03-10', 12)); // Mon 9 March is the holiday moved from Sun 8 March
    expect(paidBackAt).toBe(moscowTime('2026-03-16', 12));
    expect(refundStatus(friday, friday)).toBe('requested');
    expect(refundStatus(friday, approvedAt)).toBe('approved');
    expect(refundStatus(friday, paidBackAt)).toBe('paid_back');
  });

  it('names the next moment the status moves, and none once the money is back', () => {
    const friday = moscowTime('2026-03-06', 15);
    const { approvedAt, paidBackAt } = refundSchedule(friday);
    expect(refundNextAt(friday, friday)).toBe(approvedAt);
    expect(refundNextAt(friday, approvedAt)).toBe(paidBackAt);
    expect(refundNextAt(friday, paidBackAt)).toBeUndefined();
  });
});

describe('article of the Code', () => {
  it('is written as the registry gives it in Russian and with «part» in English', () => {
    expect(articleText('12.12 ч.1', 'ru')).toBe('12.12 ч.1');
    expect(articleText('12.12 ч.1', 'en')).toBe('12.12, part 1');
    expect(articleText('12.17 ч.1.1', 'en')).toBe('12.17, part 1.1');
    expect(articleText('12.6', 'en')).toBe('12.6');
  });
});

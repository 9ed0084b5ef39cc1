import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { FineView } from '../../domain/payments/api';
import { chosenTotal, fineFormSchema, formatDay, queryOf } from './fineSearch';

const fine = (uin: string, payableKopecks: number, status: 'unpaid' | 'paid' = 'unpaid'): FineView => ({
  uin,
  article: '12.9 ч.2',
  offence: { ru: 'Превышение', en: 'Speeding' },
  rulingDate: '2026-03-01',
  place: 'Москва',
  amountKopecks: 50_000,
  discountEligible: true,
  payableKopecks,
  status,
});

describe('fines search', () => {
  it('asks the registry by UIN first, else by the documents given', () => {
    expect(queryOf({ uin: '18810177260301000001', licence: '77АВ654321', vehicle: undefined })).toEqual({ uin: '18810177260301000001' });
    expect(queryOf({ uin: undefined, licence: '77АВ654321', vehicle: undefined })).toEqual({ licence: '77АВ654321' });
    expect(queryOf({ uin: undefined, licence: undefined, vehicle: undefined })).toBeNull();
  });

  it('needs one of the documents; the error sits on the licence', () => {
    const empty = v.safeParse(fineFormSchema('documents'), { mode: 'documents' });
    expect(empty.issues?.map((i) => [v.getDotPath(i), i.message])).toEqual([['licence', 'required']]);
    expect(v.parse(fineFormSchema('documents'), { mode: 'documents', vehicle: '77 ya 123456' })).toEqual({
      mode: 'documents',
      vehicle: '77УА123456',
    });
  });

  it('sums only the chosen unpaid fines, at today’s (discounted) price', () => {
    const fines = [fine('1', 25_000), fine('2', 150_000), fine('3', 100_000, 'paid')];
    expect(chosenTotal(fines, new Set(['1', '2', '3']))).toBe(175_000);
    expect(chosenTotal(fines, new Set())).toBe(0);
  });

  it('writes a day without shifting it by the time zone', () => {
    expect(formatDay('2026-03-21', 'ru')).toBe('21 марта 2026 г.');
  });
});

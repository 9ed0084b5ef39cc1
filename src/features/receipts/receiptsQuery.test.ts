import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../domain/money';
import { filterReceipts, isFiltered, mergeWithMirror, periodSum, ReceiptsSearchSchema } from './receiptsQuery';
import { SAMPLE_PAID_AT, sampleReceipt, sampleReceipts } from '../../../test/fixtures/receiptSamples';

const HOUR = 3_600_000;
const passport = sampleReceipt({ id: 'r-passport', amountKopecks: 30_000, paidAt: SAMPLE_PAID_AT });
const licence = sampleReceipt({ id: 'r-licence', serviceId: 'driving-licence', amountKopecks: 400_000, paidAt: SAMPLE_PAID_AT + 48 * HOUR });
const fine = sampleReceipt({
  id: 'r-fine',
  kind: 'fine',
  serviceId: undefined,
  uins: ['18810177230000123456'],
  amountKopecks: 75_050,
  paidAt: SAMPLE_PAID_AT + 96 * HOUR,
});
const old = sampleReceipt({ id: 'r-old', amountKopecks: 20_000, paidAt: SAMPLE_PAID_AT - 6 * 365 * 24 * HOUR, archived: true });
const all = [passport, licence, fine, old];
const ids = (list: { id: string }[]) => list.map((r) => r.id);

describe('receipts filters', () => {
  it('lists the current receipts newest first and hides the archive until asked', () => {
    expect(ids(filterReceipts(all, {}))).toEqual(['r-fine', 'r-licence', 'r-passport']);
    expect(ids(filterReceipts(all, { archive: true }))).toEqual(['r-fine', 'r-licence', 'r-passport', 'r-old']);
  });

  it('filters by Moscow days inclusive, kind, service and an amount range in roubles', () => {
    // 2026-03-04 12:00 Moscow is the licence payment; the day ends at 24:00 Moscow, not UTC.
    expect(ids(filterReceipts(all, { from: '2026-03-04', to: '2026-03-04' }))).toEqual(['r-licence']);
    expect(ids(filterReceipts(all, { from: '2026-03-03' }))).toEqual(['r-fine', 'r-licence']);
    expect(ids(filterReceipts(all, { kind: 'fine' }))).toEqual(['r-fine']);
    expect(ids(filterReceipts(all, { service: 'driving-licence' }))).toEqual(['r-licence']);
    expect(ids(filterReceipts(all, { min: 300, max: 750 }))).toEqual(['r-passport']);
    expect(ids(filterReceipts(all, { min: 750 }))).toEqual(['r-fine', 'r-licence']);
  });

  it('sums the period in whole kopecks and formats it as «Итого»', () => {
    expect(periodSum(filterReceipts(all, {}))).toBe(505_050);
    expect(formatMoney(periodSum(filterReceipts(all, { kind: 'fee' })))).toBe('4\u00a0300,00\u00a0₽');
    expect(periodSum([])).toBe(0);
  });

  it('keeps filters from the URL and drops malformed ones instead of failing the page', () => {
    const parsed = ReceiptsSearchSchema({ from: '2026-03-01', min: '100', max: 500, kind: 'gift', archive: true, to: 'yesterday' });
    expect(parsed).toEqual({ from: '2026-03-01', min: 100, max: 500, archive: true, kind: undefined, to: undefined, service: undefined });
    expect(isFiltered(parsed)).toBe(true);
    expect(isFiltered({ archive: true })).toBe(false);
  });

  it('adds the device’s copies of receipts the server lost, marked as such', () => {
    const merged = mergeWithMirror([licence], [licence, passport]);
    expect(merged.map((r) => [r.id, r.fromDevice ?? false])).toEqual([
      ['r-licence', false],
      ['r-passport', true],
    ]);
  });

  it('filters 5,000 receipts quickly enough for every keystroke', () => {
    const many = sampleReceipts(5_000);
    const t0 = performance.now();
    const shown = filterReceipts(many, { kind: 'fee', min: 100, from: '2025-01-01' });
    periodSum(shown);
    expect(performance.now() - t0).toBeLessThan(100);
    expect(shown.length).toBeGreaterThan(100);
  });
});

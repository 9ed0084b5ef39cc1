import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { moscowDate } from '../../domain/calendar';
import type { FineView } from '../../domain/payments/api';
import { discountUntil } from '../../domain/payments/fines';
import { TEST_FINE_DOCUMENTS } from '../../domain/payments/testCards';
import type { TestServer } from '../testServer';
import { T0 } from '../testServer';
import { advance, citizen, payByCard, type ErrorBody } from './testKit';

let server: TestServer;
let auth: Record<string, string>;
beforeEach(async () => ({ server, auth } = await citizen()));
afterEach(() => server.close());

const UIN = '18810177230000123456';
const fines = (query: string) => server.get<{ fines: FineView[] } & ErrorBody>(`/fines?${query}`, auth);

describe('fines registry', () => {
  it('finds a fine by UIN, the same one every time; an unknown or malformed UIN is explained', async () => {
    const first = await fines(`uin=${UIN}`);
    expect(first.body.fines).toHaveLength(1);
    expect(first.body.fines[0]).toMatchObject({ uin: UIN, status: 'unpaid' });
    await advance(server, 3 * 86_400_000);
    expect((await fines(`uin=${UIN}`)).body.fines[0]!.rulingDate).toBe(first.body.fines[0]!.rulingDate);
    expect((await fines('uin=18810177230000120000')).body.error.code).toBe('fine_not_found');
    expect((await fines('uin=123')).body.error.fields).toEqual({ uin: 'fine_uin_format' });
    expect((await fines('licence=12')).body.error.fields).toEqual({ licence: 'licence_format' });
  });

  it('finds fines by driving licence and vehicle certificate, Latin look-alikes accepted', async () => {
    const byLicence = await fines(`licence=${encodeURIComponent(TEST_FINE_DOCUMENTS.licence)}`);
    expect(byLicence.body.fines.length).toBeGreaterThan(0);
    expect(byLicence.body.fines.every((f) => f.licence === '77АВ654321')).toBe(true);
    expect((await fines('licence=77AB654321')).body.fines).toEqual(byLicence.body.fines);
    expect((await fines(`vehicle=${encodeURIComponent(TEST_FINE_DOCUMENTS.vehicle)}`)).body.fines.length).toBeGreaterThan(0);
  });

  it('halves an eligible fine through day 20 after the ruling on the simulated clock, then charges it in full', async () => {
    await server.db.fines.put({
      uin: UIN,
      article: '12.9 ч.2',
      offence: { ru: 'Скорость', en: 'Speed' },
      amountKopecks: 50_000,
      discountExcluded: false,
      rulingDate: moscowDate(T0),
      place: 'Москва',
    });
    const now = (await fines(`uin=${UIN}`)).body.fines[0]!;
    expect(now).toMatchObject({ payableKopecks: 25_000, discountEligible: true, discountUntil: discountUntil(moscowDate(T0)) });
    await advance(server, 21 * 86_400_000);
    expect((await fines(`uin=${UIN}`)).body.fines[0]!.payableKopecks).toBe(50_000);
  });

  it('pays several fines in one invoice; they show as paid and cannot be invoiced again', async () => {
    const found = (await fines(`licence=${encodeURIComponent(TEST_FINE_DOCUMENTS.licence)}`)).body.fines;
    const uins = [...found.map((f) => f.uin), UIN];
    const invoice = await server.post<{ id: string; amountKopecks: number; uins: string[]; kind: string }>(
      '/payments/invoices',
      { kind: 'fine', fineIds: uins },
      auth,
    );
    expect(invoice.status).toBe(201);
    const payable = found.reduce((sum, f) => sum + f.payableKopecks, 0) + (await fines(`uin=${UIN}`)).body.fines[0]!.payableKopecks;
    expect(invoice.body.amountKopecks).toBe(payable);
    const paid = await payByCard(server, auth, invoice.body.id);
    expect(paid.body.receipt).toMatchObject({ kind: 'fine', uins: [...uins].sort(), amountKopecks: payable });
    expect((await fines(`uin=${UIN}`)).body.fines[0]).toMatchObject({ status: 'paid', invoiceId: invoice.body.id, payableKopecks: 0 });
    const again = await server.post<ErrorBody>('/payments/invoices', { kind: 'fine', fineIds: [UIN] }, auth);
    expect([again.status, again.body.error.code]).toEqual([409, 'fine_already_paid']);
  });

  it('a discounted invoice expires with its discount day', async () => {
    await server.db.fines.put({
      uin: UIN,
      article: '12.9 ч.2',
      offence: { ru: 'Скорость', en: 'Speed' },
      amountKopecks: 50_000,
      discountExcluded: false,
      rulingDate: moscowDate(T0),
      place: 'Москва',
    });
    const invoice = await server.post<{ id: string; amountKopecks: number }>('/payments/invoices', { kind: 'fine', fineIds: [UIN] }, auth);
    expect(invoice.body.amountKopecks).toBe(25_000);
    await advance(server, 21 * 86_400_000);
    expect((await payByCard(server, auth, invoice.body.id)).body.error?.code).toBe('invoice_expired');
    const fresh = await server.post<{ id: string; amountKopecks: number }>('/payments/invoices', { kind: 'fine', fineIds: [UIN] }, auth);
    expect(fresh.body.amountKopecks).toBe(50_000);
  });
});

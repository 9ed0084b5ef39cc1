import { describe, expect, it } from 'vitest';
import { EXPORT_FORMAT, EXPORT_VERSION, openArchive, sealArchive, type ExportPayload } from './exportArchive';

const payload: ExportPayload = {
  format: EXPORT_FORMAT,
  version: EXPORT_VERSION,
  exportedAt: 1767225600000,
  account: { id: 'acc-1', phone: '+79123456789', email: 'ivanova@example.ru' },
  profile: { surname: 'Иванова', name: 'Мария' },
  tables: { documents: [{ id: 'd1', title: 'Паспорт', blob: { dataUrl: 'data:application/pdf;base64,JVBERi0=' } }] },
};

describe('export archive', () => {
  it('opens what it sealed, for the same account', async () => {
    const text = JSON.stringify(await sealArchive(payload));
    expect(await openArchive(text, 'acc-1')).toEqual({ ok: true, payload });
  });

  it('refuses a file that is not JSON', async () => {
    expect(await openArchive('%PDF-1.7 …', 'acc-1')).toEqual({ ok: false, problem: 'not_json' });
  });

  it('refuses JSON that is not an Okno archive', async () => {
    expect(await openArchive(JSON.stringify({ hello: 'world' }), 'acc-1')).toEqual({ ok: false, problem: 'not_archive' });
  });

  it('refuses an archive with any changed byte of its data', async () => {
    const sealed = await sealArchive(payload);
    const text = JSON.stringify(sealed).replace('Иванова', 'Иваноvа');
    expect(await openArchive(text, 'acc-1')).toEqual({ ok: false, problem: 'damaged' });
  });

  it('carries the receipts with the moment the server gave them, and still opens a version 1 archive', async () => {
    const receipt = { id: 'r1', accountId: 'acc-1', paidAt: 1767225600000, amountKopecks: 123_456, data: { transactionId: '10000000000000000001' } };
    const current: ExportPayload = { ...payload, tables: { ...payload.tables, receipts: [receipt] }, receiptsAsOf: 1767225700000 };
    expect(current.version).toBe(2);
    expect(await openArchive(JSON.stringify(await sealArchive(current)), 'acc-1')).toEqual({ ok: true, payload: current });
    const old = { ...payload, version: 1 as const };
    expect(await openArchive(JSON.stringify(await sealArchive(old)), 'acc-1')).toEqual({ ok: true, payload: old });
    const future = { ...payload, version: 3 } as unknown as ExportPayload;
    expect(await openArchive(JSON.stringify(await sealArchive(future)), 'acc-1')).toEqual({ ok: false, problem: 'not_archive' });
  });

  it('refuses another account’s archive', async () => {
    const text = JSON.stringify(await sealArchive(payload));
    expect(await openArchive(text, 'acc-2')).toEqual({ ok: false, problem: 'foreign' });
  });
});

// The certificate file sealed over every byte (issue 10): the genuine file and its QR verify offline;
// every kind of tampering is refused with its own reason; a certificate of the earlier format is
// re-issued on its next download, and its old file is called legacy.
import 'fake-indexeddb/auto';
import { inflateSync, deflateSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SERVICES } from '../domain/catalog/services';
import { certificateRu } from '../i18n/certificate.ru';
import { renderCertificate } from '../../workers/pdf/certificate';
import { documentFont, glyphHex } from '../../workers/pdf/font/documentFont';
import { reserveSeal } from '../../workers/pdf/seal';
import { ServerDb } from './db';
import {
  certificateFile,
  issueCertificate,
  qrPayloadOf,
  revokeCertificate,
  verifyCertificate,
  verifyCertificateFile,
  type CertificateContext,
} from './certificates';
import type { CaseRow } from './rows';

const T0 = Date.parse('2026-03-02T09:00:00.000Z');
const SERVICE = SERVICES.find((s) => s.id === 'residence-certificate')!;
const CASE: CaseRow = {
  id: 'case-1',
  accountId: 'acc-1',
  draftId: 'draft-1',
  number: '2026-ABCD-EFGH',
  serviceId: SERVICE.id,
  answers: {
    variant: 'residence',
    purpose: 'bank',
    surname: 'Иванова',
    name: 'Мария',
    patronymic: 'Петровна',
    birthDate: '1990-03-14',
    region: 'Московская область',
    city: 'Подольск',
    street: 'Ленина',
    house: '7',
    apartment: '12',
    postalIndex: '142100',
  },
  resultWay: 'electronic',
  status: 'ready',
  submittedAt: T0 - 86_400_000,
  updatedAt: T0,
  timeline: [],
  scenario: 'happy',
  seed: 'seed',
  validityMonths: 1,
  events: [],
};

let db: ServerDb;
let ctx: CertificateContext;
beforeEach(() => {
  db = new ServerDb(`certificate-file-${crypto.randomUUID()}`);
  ctx = { db, now: T0 };
});
afterEach(() => db.delete());

async function genuine() {
  const row = await issueCertificate(ctx, CASE, SERVICE);
  return { row, file: await certificateFile(ctx, row) };
}
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');
const verdictOf = async (file: Uint8Array) => (await verifyCertificateFile(ctx, file)).verdict;

/** The first page's content stream, inflated; replaced by `edit` and written back with its new /Length. */
function editContent(file: Uint8Array, edit: (content: string) => string): Uint8Array {
  const text = latin1(file);
  const m = /<< \/Filter \/FlateDecode \/Length (\d+) >>\nstream\n/g;
  for (const match of text.matchAll(m)) {
    const start = match.index! + match[0].length;
    const stream = file.subarray(start, start + Number(match[1]));
    const content = inflateSync(stream).toString('latin1');
    if (!content.includes(' Tj ')) continue;
    const changed = deflateSync(Buffer.from(edit(content), 'latin1'));
    const head = Buffer.from(text.slice(0, match.index!) + `<< /Filter /FlateDecode /Length ${changed.length} >>\nstream\n`, 'latin1');
    return new Uint8Array(Buffer.concat([head, changed, file.subarray(start + stream.length)]));
  }
  throw new Error('no content stream');
}

describe('the sealed certificate file', () => {
  it('is valid, shows exactly what was certified, and is the same bytes on every download', async () => {
    const { row, file } = await genuine();
    const result = await verifyCertificateFile(ctx, file);
    expect(result.verdict).toBe('valid');
    expect(result.certificate).toMatchObject({
      number: row.number,
      applicant: { fullName: 'Иванова Мария Петровна', birthDate: '1990-03-14' },
      kind: 'residence',
    });
    expect(result.certificate?.address).toContain('Подольск');
    expect(await certificateFile(ctx, (await db.certificates.get(row.number))!)).toEqual(file);
    expect((await verifyCertificate(ctx, { qr: qrPayloadOf(row) })).verdict).toBe('valid');
  });

  it('one flipped byte at any of ten places across the file is refused', async () => {
    const { file } = await genuine();
    for (let tenth = 0; tenth < 10; tenth++) {
      const at = Math.floor(((tenth + 0.5) / 10) * file.length);
      const tampered = file.slice();
      tampered[at] = tampered[at]! ^ 0x01;
      const verdict = await verdictOf(tampered);
      // A flip in the data, page, font or tables breaks the signature: changed. One that lands in the
      // seal's own structure (the byte range, the end marker) leaves nothing checkable: unreadable.
      expect(['changed', 'unreadable'], `byte ${at} of ${file.length}`).toContain(verdict);
    }
  });

  it('a changed date on the page is refused as changed after signing', async () => {
    const { file } = await genuine();
    // «02.04.2026» (valid until) as drawn, glyph ids in hex: the year becomes 2027 on the page.
    const hex = (s: string) => glyphHex(documentFont.glyphs(s));
    const dated = editContent(file, (content) => {
      expect(content).toContain(`<${hex('02.04.2026')}>`);
      return content.replace(`<${hex('02.04.2026')}>`, `<${hex('02.04.2027')}>`);
    });
    expect(await verdictOf(dated)).toBe('changed');
  });

  it('a replaced font, an appended incremental update and a cut-off file are each refused with their reason', async () => {
    const { file } = await genuine();
    const text = latin1(file);
    const fontAt = text.indexOf('/Length1 ');
    const streamAt = text.indexOf('stream\n', fontAt) + 'stream\n'.length;
    const replaced = file.slice();
    for (let i = 0; i < 64; i++) replaced[streamAt + 100 + i] = 0x55; // another font's bytes, same length
    expect(await verdictOf(replaced)).toBe('changed');

    const update = Buffer.from(
      '\n3 0 obj\n<< /Title (Forged) >>\nendobj\nxref\n3 1\n0000000000 00000 n \ntrailer\n<< /Size 3 >>\nstartxref\n0\n%%EOF\n',
      'latin1',
    );
    expect(await verdictOf(new Uint8Array(Buffer.concat([file, update])))).toBe('changed');
    expect(await verdictOf(file.subarray(0, file.length - 200))).toBe('unreadable');
  });

  it('a file sealed with another key is refused as signed by another key; revoked and expired are said', async () => {
    const { row, file } = await genuine();
    const otherDb = new ServerDb(`other-authority-${crypto.randomUUID()}`);
    try {
      const forgedRow = await issueCertificate({ db: otherDb, now: T0 }, CASE, SERVICE);
      const otherFile = await certificateFile({ db: otherDb, now: T0 }, forgedRow);
      expect(await verdictOf(otherFile)).toBe('other_key');
    } finally {
      await otherDb.delete();
    }
    expect((await verifyCertificateFile({ db, now: Date.parse('2026-05-01T00:00:00Z') }, file)).verdict).toBe('expired');
    await revokeCertificate(ctx, row.number);
    expect(await verdictOf(file)).toBe('revoked');
  });

  it('an earlier-format certificate: its old file is called legacy, and the next download re-issues it sealed', async () => {
    const row = await issueCertificate(ctx, CASE, SERVICE);
    // The file as the page used to render it: data and signature in the Info dictionary, no seal.
    const old = await renderCertificate({
      data: row.data,
      signature: row.signature,
      keyId: row.keyId,
      qr: qrPayloadOf(row),
      labels: certificateRu.certificatePdf,
    });
    expect(await verdictOf(old)).toBe('legacy');
    expect((await db.certificates.get(row.number))?.pdf).toBeUndefined();
    const reissued = await certificateFile({ db, now: T0 + 86_400_000 }, row);
    expect(await verdictOf(reissued)).toBe('valid');
    expect((await db.certificates.get(row.number))?.pdf).toEqual(reissued);
  });

  it('a PDF with no Okno data at all is not an Okno document', async () => {
    const { PdfDocument } = await import('../../workers/pdf/pdfDocument');
    const pdf = PdfDocument.create();
    pdf.addPage([100, 100]);
    await expect(verifyCertificateFile(ctx, await pdf.save())).rejects.toMatchObject({ code: 'not_okno_document' });
    // A seal placeholder never filled in is no valid seal either.
    const unsealed = PdfDocument.create();
    unsealed.addPage([100, 100]);
    reserveSeal(unsealed, { keyId: 'k', signedAt: new Date(T0), authority: 'x' });
    expect(await verdictOf(await unsealed.save())).toBe('unreadable');
  });
});

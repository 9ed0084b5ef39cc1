import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SERVICES } from '../domain/catalog/services';
import { canonicalJson, parseCertificateData, validUntilEnd } from '../domain/certificate';
import { ServerDb } from './db';
import { issueCertificate, qrPayloadOf, revokeCertificate, verifyCertificate, type CertificateContext } from './certificates';
import type { CaseRow } from './rows';

const T0 = Date.parse('2026-03-02T09:00:00.000Z');
const SERVICE = SERVICES.find((s) => s.id === 'residence-certificate')!;
const ANSWERS = {
  variant: 'residence_period',
  purpose: 'other',
  purposeOther: 'Для управляющей компании',
  periodFrom: '2015-06-01',
  periodTo: '2026-03-01',
  surname: 'Иванова',
  name: 'Мария',
  patronymic: 'Петровна',
  birthDate: '1990-03-14',
  passportSeries: '4508',
  passportNumber: '123456',
  region: 'Московская область',
  city: 'Подольск',
  street: 'улица Ленина',
  house: '7',
  apartment: '12',
  postalIndex: '142100',
};
const CASE: CaseRow = {
  id: 'case-1',
  accountId: 'acc-1',
  draftId: 'draft-1',
  number: '2026-ABCD-EFGH',
  serviceId: SERVICE.id,
  answers: ANSWERS,
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
  db = new ServerDb(`certificates-${crypto.randomUUID()}`);
  ctx = { db, now: T0 };
});
afterEach(() => db.delete());

describe('issuing', () => {
  it('writes the address once, in full words: a city the region already names is not repeated', async () => {
    const moscow = {
      ...CASE,
      answers: {
        ...ANSWERS,
        region: 'город Москва',
        city: 'Москва',
        street: 'улица Тверская',
        house: '7',
        building: '2',
        apartment: '12',
        postalIndex: '125009',
      },
    };
    const data = parseCertificateData((await issueCertificate(ctx, moscow, SERVICE)).data)!;
    expect(data.address).toBe('125009, город Москва, улица Тверская, дом 7, корпус 2, квартира 12');
  });

  it('signs the case answers as a numbered certificate, once per case', async () => {
    const [row, again] = await Promise.all([issueCertificate(ctx, CASE, SERVICE), issueCertificate(ctx, CASE, SERVICE)]);
    expect(again.number).toBe(row.number);
    expect(await issueCertificate({ db, now: T0 + 1000 }, CASE, SERVICE)).toEqual(row);
    expect(await db.certificates.count()).toBe(1);
    expect(row.number).toMatch(/^RC-2026-[2-9A-HJKMNP-Z]{6}$/);
    const data = parseCertificateData(row.data)!;
    expect(data).toMatchObject({
      caseNumber: CASE.number,
      title: 'Справка о месте жительства',
      applicant: { fullName: 'Иванова Мария Петровна', birthDate: '1990-03-14' },
      address: '142100, Московская область, город Подольск, улица Ленина, дом 7, квартира 12',
      kind: 'residence_period',
      purpose: 'Для управляющей компании',
      period: { from: '2015-06-01', to: '2026-03-01' },
      issuedAt: '2026-03-02T09:00:00.000Z',
      validUntil: '2026-04-02',
    });
    expect(row.validUntil).toBe(validUntilEnd('2026-04-02'));
  });

  it('keeps the validity the case fixed on arrival and names a chosen purpose in Russian', async () => {
    const answers = { ...ANSWERS, region: 'Свердловская область', purpose: 'bank', variant: 'registration_fact' };
    const row = await issueCertificate(ctx, { ...CASE, answers, validityMonths: 3 }, SERVICE);
    const data = parseCertificateData(row.data)!;
    expect(data.validUntil).toBe('2026-06-02');
    expect(data.purpose).toBe('В банк или страховую компанию');
    expect(data.period).toBeUndefined();
  });

  it('is dated when the case became ready, even if issued later after a clock jump', async () => {
    const readyAt = Date.parse('2026-01-31T21:30:00.000Z'); // 1 February in Moscow
    const row = await issueCertificate({ db, now: T0 }, CASE, SERVICE, readyAt);
    expect(parseCertificateData(row.data)).toMatchObject({ issuedAt: '2026-01-31T21:30:00.000Z', validUntil: '2026-03-01' });
    expect(row.issuedAt).toBe(readyAt);
  });
});

describe('verifying', () => {
  it('genuine → valid; a changed byte → changed; a foreign signature → other_key', async () => {
    const row = await issueCertificate(ctx, CASE, SERVICE);
    const genuine = await verifyCertificate(ctx, { data: row.data, signature: row.signature });
    expect(genuine.verdict).toBe('valid');
    expect(genuine.certificate?.applicant.fullName).toBe('Иванова Мария Петровна');
    const byte = row.data.indexOf('2026-04-02') + 3;
    const changed = row.data.slice(0, byte) + '7' + row.data.slice(byte + 1);
    expect(await verifyCertificate(ctx, { data: changed, signature: row.signature })).toEqual({ verdict: 'changed' });

    const foreign = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign']);
    const raw = await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, foreign.privateKey, new TextEncoder().encode(row.data));
    const signature = Buffer.from(raw).toString('base64url');
    expect((await verifyCertificate(ctx, { data: row.data, signature })).verdict).toBe('other_key');
  });

  it('after its last day → expired; revoked → revoked', async () => {
    const row = await issueCertificate(ctx, CASE, SERVICE);
    const input = { data: row.data, signature: row.signature };
    expect((await verifyCertificate({ db, now: row.validUntil - 1 }, input)).verdict).toBe('valid');
    expect((await verifyCertificate({ db, now: row.validUntil }, input)).verdict).toBe('expired');
    await revokeCertificate(ctx, row.number, T0 + 60_000);
    expect((await verifyCertificate(ctx, input)).verdict).toBe('valid');
    expect((await verifyCertificate({ db, now: T0 + 60_000 }, input)).verdict).toBe('revoked');
    await expect(revokeCertificate(ctx, 'RC-2026-NOPE22')).rejects.toThrow('No such document');
  });

  it('checks a scanned QR against the registry', async () => {
    const row = await issueCertificate(ctx, CASE, SERVICE);
    const qr = qrPayloadOf(row);
    expect((await verifyCertificate(ctx, { qr })).verdict).toBe('valid');
    const wrongHash = qr.replace(row.hash, row.hash.slice(0, -1) + (row.hash.endsWith('A') ? 'B' : 'A'));
    expect((await verifyCertificate(ctx, { qr: wrongHash })).verdict).toBe('changed');
    const wrongSignature = qr.replace(row.signature, row.signature.slice(0, -2) + (row.signature.endsWith('AA') ? 'BB' : 'AA'));
    expect((await verifyCertificate(ctx, { qr: wrongSignature })).verdict).toBe('other_key');
    expect((await verifyCertificate(ctx, { qr: qr.replace(row.number, 'RC-2026-ZZZZZZ') })).verdict).toBe('unknown');
    expect((await verifyCertificate(ctx, { qr: 'https://example.org' })).verdict).toBe('unknown');
  });

  it('a genuinely signed document missing from the registry is unknown, not valid', async () => {
    const row = await issueCertificate(ctx, CASE, SERVICE);
    await db.certificates.clear();
    expect((await verifyCertificate(ctx, { data: row.data, signature: row.signature })).verdict).toBe('unknown');
    expect(canonicalJson(JSON.parse(row.data))).toBe(row.data);
  });
});

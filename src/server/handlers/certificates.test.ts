import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SERVICES } from '../../domain/catalog/services';
import { parseQrPayload, type VerifyResult } from '../../domain/certificate';
import { ROUTES } from '../app';
import { issueCertificate } from '../certificates';
import { ServerDb } from '../db';
import { createRouter } from '../router';
import type { CaseRow } from '../rows';
import { getAuthorityKey, getResult, postVerify } from './certificates';

const T0 = Date.parse('2026-03-02T09:00:00.000Z');
const PHONE = '+79123456789';
// Until app.ts lists them, the tests add the routes the way app.ts will.
const CERTIFICATE_ROUTES = {
  'GET /api/certificates/key': getAuthorityKey,
  'POST /api/certificates/verify': postVerify,
  'GET /api/applications/:id/result': getResult,
};

let db: ServerDb;
let send: <T>(method: string, path: string, body?: unknown, token?: string) => Promise<{ status: number; body: T }>;
let token: string;
let caseRow: CaseRow;

async function register(): Promise<{ token: string; accountId: string }> {
  const start = await send<{ flowId: string }>('POST', '/auth/register', { phone: PHONE });
  const sms = await db.inbox.where('to').equals(PHONE).last();
  const code = /(\d{6})/.exec(sms?.body ?? '')?.[1];
  await send('POST', '/auth/register/verify', { flowId: start.body.flowId, code });
  const done = await send<{ token: string; account: { id: string } }>('POST', '/auth/register/complete', {
    flowId: start.body.flowId,
    person: { surname: 'Иванова', name: 'Мария', patronymic: '', birthDate: '14.03.1990', gender: 'female' },
    email: 'ivanova@example.ru',
    password: 'Zelenyj#Sad7',
    consent: true,
  });
  return { token: done.body.token, accountId: done.body.account.id };
}

beforeEach(async () => {
  db = new ServerDb(`cert-handlers-${crypto.randomUUID()}`);
  const handle = createRouter(
    { ...ROUTES, ...CERTIFICATE_ROUTES },
    { db, notify: () => {}, realNow: () => T0, random: () => 0.99, sleep: async () => {} },
  );
  send = async (method, path, body, bearer) => {
    const headers: Record<string, string> = bearer ? { Authorization: `Bearer ${bearer}` } : {};
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await handle(
      new Request(`http://localhost/api${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }),
    );
    return { status: response.status, body: await response.json() };
  };
  const account = await register();
  token = account.token;
  caseRow = {
    id: 'case-1',
    accountId: account.accountId,
    draftId: 'draft-1',
    number: '2026-ABCD-EFGH',
    serviceId: 'residence-certificate',
    answers: {
      variant: 'registration_fact',
      purpose: 'bank',
      surname: 'Иванова',
      name: 'Мария',
      birthDate: '1990-03-14',
      region: 'Московская область',
      city: 'Подольск',
      street: 'улица Ленина',
      house: '7',
      postalIndex: '142100',
    },
    resultWay: 'electronic',
    status: 'ready',
    submittedAt: T0,
    updatedAt: T0,
    timeline: [],
    scenario: 'happy',
    seed: 's',
    validityMonths: 1,
    events: [],
  };
  await db.cases.add(caseRow);
});
afterEach(() => db.delete());

type Result = { data: string; signature: string; qr: string; number: string; keyId: string };

describe('certificate routes', () => {
  it('the owner gets the signed result only once it exists; others never', async () => {
    await db.cases.update(caseRow.id, { status: 'in_processing' });
    expect((await send('GET', `/applications/${caseRow.id}/result`, undefined, token)).status).toBe(404);
    await db.cases.update(caseRow.id, { status: 'ready' });
    const row = await issueCertificate(
      { db, now: T0 },
      caseRow,
      SERVICES.find((s) => s.id === caseRow.serviceId)!,
    );
    const result = await send<Result>('GET', `/applications/${caseRow.id}/result`, undefined, token);
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ data: row.data, signature: row.signature, number: row.number, keyId: row.keyId });
    expect(parseQrPayload(result.body.qr)?.number).toBe(row.number);
    expect((await send('GET', `/applications/${caseRow.id}/result`)).status).toBe(401);
    expect((await send('GET', `/applications/other/result`, undefined, token)).status).toBe(404);
  });

  it('a ready electronic case whose document was never signed gets it on first request', async () => {
    const readyAt = T0 - 3_600_000;
    await db.cases.update(caseRow.id, { state: { readyAt } as CaseRow['state'] });
    const result = await send<Result>('GET', `/applications/${caseRow.id}/result`, undefined, token);
    expect(result.status).toBe(200);
    expect((await db.certificates.get(result.body.number))?.issuedAt).toBe(readyAt);
    await db.cases.update(caseRow.id, { status: 'in_processing' });
    await db.certificates.clear();
    expect((await send('GET', `/applications/${caseRow.id}/result`, undefined, token)).status).toBe(404);
  });

  it('anyone verifies without an account: by data and signature, or by QR', async () => {
    const row = await issueCertificate(
      { db, now: T0 },
      caseRow,
      SERVICES.find((s) => s.id === caseRow.serviceId)!,
    );
    const valid = await send<VerifyResult>('POST', '/certificates/verify', { data: row.data, signature: row.signature });
    expect(valid.status).toBe(200);
    expect(valid.body.verdict).toBe('valid');
    expect(valid.body.certificate).toMatchObject({ number: row.number, caseNumber: caseRow.number, validUntil: '2026-04-02' });
    const changed = await send<VerifyResult>('POST', '/certificates/verify', { data: row.data.replace('"RC-', '"RD-'), signature: row.signature });
    expect(changed.body).toEqual({ verdict: 'changed' });
    const byQr = await send<VerifyResult>('POST', '/certificates/verify', {
      qr: (await send<Result>('GET', `/applications/${caseRow.id}/result`, undefined, token)).body.qr,
    });
    expect(byQr.body.verdict).toBe('valid');
    expect((await send('POST', '/certificates/verify', { nothing: true })).status).toBe(422);
  });

  it('publishes the public key with its id and without the private part', async () => {
    const key = await send<{ jwk: JsonWebKey; keyId: string }>('GET', '/certificates/key');
    expect(key.status).toBe(200);
    expect(key.body.jwk).toMatchObject({ kty: 'EC', crv: 'P-256' });
    expect(key.body.jwk.d).toBeUndefined();
    expect(key.body.keyId).toHaveLength(16);
  });
});

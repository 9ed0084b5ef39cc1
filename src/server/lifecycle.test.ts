import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseRow } from './rows';
import { createTestServer, T0, type TestServer } from './testServer';

const PHONE = '+79123456789';
const DAY = 86_400_000;
let server: TestServer;
let auth: Record<string, string>;
let accountId: string;
type View = {
  id: string;
  status: string;
  timeline: { status: string; note?: string; comment?: string }[];
  request?: { documents: string[]; deadline: number };
};

beforeEach(async () => {
  server = createTestServer();
  ({ auth, accountId } = await server.registerCitizen(PHONE));
});
afterEach(() => server.close());

async function insertCase(extra: Partial<CaseRow> = {}): Promise<CaseRow> {
  const row: CaseRow = {
    id: crypto.randomUUID(),
    accountId,
    draftId: crypto.randomUUID(),
    number: '2026-ABCD-EFGH',
    serviceId: 'criminal-record-certificate',
    answers: { surname: 'Иванова', name: 'Мария', region: 'Москва' },
    resultWay: 'office',
    submittedAt: T0,
    scenario: 'happy',
    seed: 'test',
    validityMonths: 1,
    events: [],
    status: 'sent',
    updatedAt: T0,
    timeline: [{ at: T0, status: 'sent' }],
    next: T0,
    ...extra,
  };
  await server.db.cases.add(row);
  return row;
}

const advance = (days: number) => server.post('/_sim/clock', { advanceMs: days * DAY, keepSessions: true });
const sms = async () => (await server.db.inbox.where('to').equals(PHONE).toArray()).map((m) => m.body);

describe('case lifecycle in the server', () => {
  it('a clock jump moves the case, and each step is notified once in-app and by SMS', async () => {
    const row = await insertCase();
    await advance(40);
    const view = (await server.get<View>(`/applications/${row.id}`, auth)).body;
    expect(view.status).toBe('ready');
    const { body } = await server.get<{ unread: number; notices: { kind: string; caseId: string }[] }>('/notifications', auth);
    expect(body.notices.map((n) => n.kind).sort()).toEqual(['accepted', 'processing', 'ready', 'registered']);
    expect(body.unread).toBe(4);
    // Settling again (another read, another jump) delivers nothing twice.
    await advance(1);
    await server.get('/applications', auth);
    expect((await server.get<{ notices: unknown[] }>('/notifications', auth)).body.notices).toHaveLength(4);
    expect((await sms()).filter((text) => text.includes('оказана'))).toHaveLength(1);
    expect((await sms()).filter((text) => text.includes('приняло заявление'))).toHaveLength(1);
    expect((await sms()).filter((text) => text.includes('начало рассматривать'))).toHaveLength(1);
    await server.post('/notifications/read', { all: true }, auth);
    expect((await server.get<{ unread: number }>('/notifications', auth)).body.unread).toBe(0);
  });

  it('a case stored past acceptance before those notices existed gets no late «accepted» or «processing» message', async () => {
    const row = await insertCase();
    await advance(1);
    const settled = (await server.db.cases.get(row.id))!;
    expect(settled.status).toBe('in_processing');
    // As an older version left it: the steps in the timeline, their notices never keyed.
    await server.db.cases.put({ ...settled, noticed: (settled.noticed ?? []).filter((key) => key.includes(':registered:')), next: T0 });
    await server.db.notices.clear();
    await server.db.inbox.clear();
    await server.get('/applications', auth);
    expect((await server.get<{ notices: unknown[] }>('/notifications', auth)).body.notices).toHaveLength(0);
    expect(await sms()).toEqual([]);
  });

  it('documents requested: the citizen uploads them before the deadline and the case resumes', async () => {
    const row = await insertCase({ scenario: 'documents_requested', serviceId: 'residence-registration' });
    await advance(2);
    const asked = (await server.get<View>(`/applications/${row.id}`, auth)).body;
    expect(asked.status).toBe('documents_requested');
    expect((await sms()).some((text) => text.includes('просит документы'))).toBe(true);
    const slot = asked.request!.documents[0]!;
    const file = new Blob([readFileSync('test/fixtures/files/sample.pdf')], { type: 'application/pdf' });
    const digest = Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', await file.arrayBuffer())), (b) =>
      b.toString(16).padStart(2, '0'),
    ).join('');
    const form = new FormData();
    form.set('reply', JSON.stringify({ attachments: [{ slot, name: 'scan.pdf', sha256: digest }] }));
    form.set(`file:${slot}`, file, 'scan.pdf');
    const replied = await server.send<View>('POST', `/applications/${row.id}/reply`, undefined, auth, form);
    expect(replied.status).toBe(200);
    expect(replied.body.status).toBe('in_processing');
    await advance(30);
    expect((await server.get<View>(`/applications/${row.id}`, auth)).body.status).toBe('ready');
  });

  it('a spoofed file in a reply is refused with its rule, and the case keeps waiting', async () => {
    const row = await insertCase({ scenario: 'documents_requested', serviceId: 'residence-registration' });
    await advance(2);
    const asked = (await server.get<View>(`/applications/${row.id}`, auth)).body;
    const slot = asked.request!.documents[0]!;
    const file = new Blob([readFileSync('test/fixtures/files/spoofed-exe.pdf')]);
    const form = new FormData();
    form.set('reply', JSON.stringify({ attachments: [{ slot, name: 'scan.pdf', sha256: '0'.repeat(64) }] }));
    form.set(`file:${slot}`, file, 'scan.pdf');
    const refused = await server.send<{ error: { fields: Record<string, string> } }>('POST', `/applications/${row.id}/reply`, undefined, auth, form);
    expect(refused.status).toBe(422);
    expect(refused.body.error.fields[`documents.${slot}`]).toMatch(/^file_/);
    expect((await server.get<View>(`/applications/${row.id}`, auth)).body.status).toBe('documents_requested');
  });

  it('a missed deadline ends in a rejection for missing documents', async () => {
    const row = await insertCase({ scenario: 'documents_requested', serviceId: 'residence-registration' });
    await advance(20);
    const view = (await server.get<View & { rejection: { reason: string } }>(`/applications/${row.id}`, auth)).body;
    expect(view.status).toBe('rejected');
    expect(view.rejection.reason).toBe('documents_missing');
  });

  it('the operator console needs the PIN and drives a case through each action', async () => {
    const row = await insertCase({ scenario: 'manual' });
    expect((await server.get('/operator/cases', { 'X-Okno-Operator': '2468' })).body).toMatchObject({ error: { code: 'operator_pin_unset' } });
    await server.post('/_sim/operator', { pin: '2468' });
    // The PIN itself is not a key: only a staff session opened with it is.
    expect((await server.get('/operator/cases', { 'X-Okno-Operator': '2468' })).status).toBe(403);
    expect((await server.post('/operator/check', { pin: '1111' })).status).toBe(403);
    const pin = await server.staff('2468');
    const queue = await server.get<{ cases: { id: string; actions: string[]; applicant: string }[] }>('/operator/cases?status=sent', pin);
    expect(queue.body.cases[0]).toMatchObject({ id: row.id, applicant: 'Иванова Мария', actions: ['accept', 'reject'] });
    const act = (body: unknown) => server.post<View>(`/operator/cases/${row.id}/action`, body, pin);
    expect((await act({ action: 'issue' })).status).toBe(409);
    await act({ action: 'accept', comment: 'Принято в работу' });
    await act({ action: 'request_documents', documents: ['name_change'], days: 2, comment: 'Нужно свидетельство о браке' });
    const citizen = (await server.get<View>(`/applications/${row.id}`, auth)).body;
    expect(citizen.status).toBe('documents_requested');
    expect(citizen.timeline.at(-1)!.comment).toBe('Нужно свидетельство о браке');
    await act({ action: 'reject', reason: 'data_mismatch', comment: 'Адреса различаются' });
    expect((await server.get<View>(`/applications/${row.id}`, auth)).body.status).toBe('rejected');
    expect((await sms()).some((text) => text.includes('отказано'))).toBe(true);
  });

  it('a ready electronic case gets a signed document; the operator revokes it and a check says so', async () => {
    const row = await insertCase({
      serviceId: 'residence-certificate',
      resultWay: 'electronic',
      answers: { surname: 'Иванова', name: 'Мария', birthDate: '1990-03-05', region: 'Москва' },
    });
    await advance(30);
    expect((await server.get<View>(`/applications/${row.id}`, auth)).body.status).toBe('ready');
    const result = await server.get<{ qr: string; number: string }>(`/applications/${row.id}/result`, auth);
    expect(result.status).toBe(200);
    expect((await server.post<{ verdict: string }>('/certificates/verify', { qr: result.body.qr })).body.verdict).toBe('valid');
    const pin = await server.staff('2468');
    const revoked = await server.post<{ document: { number: string; revokedAt?: number } }>(`/operator/cases/${row.id}/revoke`, {}, pin);
    expect(revoked.body.document).toMatchObject({ number: result.body.number, revokedAt: expect.any(Number) });
    expect((await server.post<{ verdict: string }>('/certificates/verify', { qr: result.body.qr })).body.verdict).toBe('revoked');
  });
});

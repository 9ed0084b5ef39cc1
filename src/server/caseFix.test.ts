// «Исправить и подать заново» on the server: the correction names the refused case, the two are linked
// both ways, a case is corrected once, and the refused case's files can be read back by their owner only.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from './testServer';

const PHONE = '+79123456789';
const DAY = 24 * 60 * 60 * 1000;
type Link = { id: string; number: string };
type View = { id: string; number: string; status: string; fixes?: Link; fixedBy?: Link };
type ErrorBody = { error: { code: string; fields?: Record<string, string>; data?: Record<string, string> } };

let server: TestServer;
let auth: Record<string, string>;

beforeEach(async () => {
  server = createTestServer();
  ({ auth } = await server.registerCitizen(PHONE));
});
afterEach(async () => {
  await server.close();
});

const send = (extra: Record<string, unknown> = {}, scenario?: string) =>
  server.sendFineApplication<View & ErrorBody>(auth, PHONE, { extra, scenario });

async function refusedCase(): Promise<View> {
  const sent = await send({}, 'rejected:data_mismatch');
  await server.post('/_sim/clock', { advanceMs: 40 * DAY, keepSessions: true });
  const view = (await server.get<View>(`/applications/${sent.body.id}`, auth)).body;
  expect(view.status).toBe('rejected');
  return view;
}

describe('correcting a refused application', () => {
  it('links the correction and the refused case both ways, and tells the device through the change feed', async () => {
    const refused = await refusedCase();
    const told = async () => (await server.db.changes.toArray()).filter((change) => change.id === refused.id).length;
    const before = await told();
    const fix = await send({ fixes: refused.id });
    expect(fix.status).toBe(201);
    expect(fix.body.fixes).toEqual({ id: refused.id, number: refused.number });
    expect((await server.get<View>(`/applications/${refused.id}`, auth)).body.fixedBy).toEqual({ id: fix.body.id, number: fix.body.number });
    // The refused case changed when the correction arrived: the device's mirror of it is told.
    expect(await told()).toBe(before + 1);
  });

  it('a refused case is corrected once; the second try names the first correction', async () => {
    const refused = await refusedCase();
    const first = await send({ fixes: refused.id });
    const second = await send({ fixes: refused.id });
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('already_fixed');
    expect(second.body.error.data?.number).toBe(first.body.number);
  });

  it('only an own refused case of the same service can be named', async () => {
    const open = await send();
    const notRefused = await send({ fixes: open.body.id });
    expect(notRefused.status).toBe(422);
    expect(notRefused.body.error.fields).toEqual({ fixes: 'invalid_value' });
    const unknown = await send({ fixes: crypto.randomUUID() });
    expect(unknown.body.error.fields).toEqual({ fixes: 'invalid_value' });
    expect(await server.db.cases.count()).toBe(1);
  });

  it('the owner reads a sent file back as it was received; nobody else does', async () => {
    const refused = await refusedCase();
    const blob = new Blob(['%PDF-1.4 test'], { type: 'application/pdf' });
    await server.db.cases.update(refused.id, {
      files: [{ slot: 'scan', name: 'Скан.pdf', type: 'application/pdf', size: blob.size, sha256: '0'.repeat(64), blob }],
    });
    const own = await server.raw('GET', `/applications/${refused.id}/files/0`, auth);
    expect(own.status).toBe(200);
    expect(own.headers.get('X-Okno-Slot')).toBe('scan');
    expect(own.headers.get('Content-Disposition')).toContain(encodeURIComponent('Скан.pdf'));
    expect(await own.text()).toBe('%PDF-1.4 test');
    expect((await server.raw('GET', `/applications/${refused.id}/files/1`, auth)).status).toBe(404);
    const other = await server.registerCitizen('+79223334455', 'petrov@example.ru');
    expect((await server.raw('GET', `/applications/${refused.id}/files/0`, other.auth)).status).toBe(404);
  });
});

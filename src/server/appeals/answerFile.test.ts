// The appeal answer as a sealed PDF (issue 12 point 6): only the appeal's owner downloads it, and only
// once answered; the genuine file verifies through the same verify-file path as certificates and names
// the answer; a flipped byte anywhere, another key, or a broken file each gets its own verdict.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VerifyResult } from '../../domain/certificate';
import { AUTHORITY_KEY_SETTING } from '../authority';
import { createTestServer, type TestServer } from '../testServer';

let server: TestServer;
let auth: Record<string, string>;
let clerk: Record<string, string>;
const ANSWER = {
  outcome: 'done',
  code: 210,
  explanation: 'Справка выдаётся в день обращения через портал.\nЛичный визит не нужен.',
  nextSteps: 'Подайте заявление в каталоге услуг.',
  executor: { name: 'Петрова Ольга Ивановна', position: 'Ведущий специалист', phone: '+7 495 555-01-17' },
};

beforeEach(async () => {
  server = createTestServer();
  ({ auth } = await server.registerCitizen('+79123456789'));
  await server.db.accounts.toCollection().modify({ identityLevel: 'confirmed' });
  clerk = { ...(await server.staff()), 'X-Okno-Clerk': encodeURIComponent('Петрова Ольга Ивановна') };
});
afterEach(() => server.close());

async function sendAppeal(): Promise<{ id: string; number: string }> {
  const appeal = {
    draftId: crypto.randomUUID(),
    type: 'complaint',
    topic: 'services',
    subject: 'Справка не пришла',
    description: 'Заявление подано месяц назад, ответа нет.',
    priority: 'low',
    contacts: { name: 'Иванова Мария', phone: '+79123456789', email: 'ivanova@example.ru' },
  };
  return (await server.post<{ id: string; number: string }>('/appeals', appeal, { ...auth, 'X-Okno-Appeal-Scenario': 'manual' })).body;
}
async function answered() {
  const appeal = await sendAppeal();
  await server.post(`/operator/appeals/${appeal.id}/action`, { action: 'accept' }, clerk);
  await server.post(`/operator/appeals/${appeal.id}/action`, { action: 'answer', answer: ANSWER }, clerk);
  return appeal;
}
async function pdfOf(id: string, headers = auth, lang = 'ru') {
  return server.raw('GET', `/appeals/${id}/answer/pdf?lang=${lang}`, headers);
}
const verifyFile = async (file: Uint8Array) =>
  (await server.send<VerifyResult>('POST', '/certificates/verify-file', file, { 'Content-Type': 'application/pdf' })).body;

describe('GET /api/appeals/:id/answer/pdf', () => {
  it('gives the owner a sealed PDF that verifies as the answer to that appeal', async () => {
    const appeal = await answered();
    const response = await pdfOf(appeal.id);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/pdf');
    const file = new Uint8Array(await response.arrayBuffer());
    expect(new TextDecoder().decode(file.subarray(0, 5))).toBe('%PDF-');
    const result = await verifyFile(file);
    expect(result.verdict).toBe('valid');
    expect(result.answer).toMatchObject({
      number: appeal.number,
      outcome: 'done',
      code: 210,
      type: 'Жалоба',
      topic: 'Проблемы с услугами',
      executor: { name: 'Петрова Ольга Ивановна' },
    });
    expect(result.certificate).toBeUndefined();
    // The English file is another rendering of the same signed answer.
    const english = new Uint8Array(await (await pdfOf(appeal.id, auth, 'en')).arrayBuffer());
    expect((await verifyFile(english)).answer?.number).toBe(appeal.number);
  });

  it('refuses another citizen (404, nothing said about the appeal), a visitor, and an appeal not answered yet', async () => {
    const appeal = await answered();
    const other = (await server.registerCitizen('+79990001122', 'other@example.ru')).auth;
    expect((await pdfOf(appeal.id, other)).status).toBe(404);
    expect((await pdfOf(appeal.id, {})).status).toBe(401);
    const waiting = await sendAppeal();
    const early = await pdfOf(waiting.id);
    expect(early.status).toBe(404);
    expect(((await early.json()) as { error: { code: string } }).error.code).toBe('no_answer');
  });
});

describe('the sealed answer on /verify', () => {
  it('one flipped byte at any of ten places across the file is refused', async () => {
    const file = new Uint8Array(await (await pdfOf((await answered()).id)).arrayBuffer());
    for (let tenth = 0; tenth < 10; tenth++) {
      const at = Math.floor(((tenth + 0.5) / 10) * file.length);
      const tampered = file.slice();
      tampered[at] = tampered[at]! ^ 0x01;
      expect(['changed', 'unreadable'], `byte ${at} of ${file.length}`).toContain((await verifyFile(tampered)).verdict);
    }
    const cut = file.slice(0, file.length - 200);
    expect((await verifyFile(cut)).verdict).toBe('unreadable');
  });

  it('a file sealed by another key is called so', async () => {
    const file = new Uint8Array(await (await pdfOf((await answered()).id)).arrayBuffer());
    await server.db.settings.delete(AUTHORITY_KEY_SETTING); // the authority now has a new key
    expect((await verifyFile(file)).verdict).toBe('other_key');
  });

  it('the QR printed on the answer verifies against the appeal; a changed hash is refused', async () => {
    const appeal = await answered();
    const file = new Uint8Array(await (await pdfOf(appeal.id)).arrayBuffer());
    const { answerQr, answerData } = await import('./answerFile');
    const row = (await server.db.appeals.get(appeal.id))!;
    const qr = await answerQr({ db: server.db, now: 0 }, answerData(row));
    expect(qr.startsWith(`OKNO1.${appeal.number}.`)).toBe(true);
    expect(file.length).toBeGreaterThan(10_000);
    const check = async (text: string) => (await server.post<VerifyResult>('/certificates/verify', { qr: text })).body;
    expect(await check(qr)).toMatchObject({ verdict: 'valid', answer: { number: appeal.number } });
    const [, , hash] = qr.split('.');
    const otherHash = (hash![0] === 'A' ? 'B' : 'A') + hash!.slice(1);
    expect((await check(qr.replace(hash!, otherHash))).verdict).toBe('changed');
  });
});

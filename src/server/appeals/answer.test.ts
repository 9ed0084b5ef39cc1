import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AUTHORITY_KEY_SETTING } from '../authority';
import { createTestServer, type TestServer } from '../testServer';

let server: TestServer;
let auth: Record<string, string>;
type Signed = { json: string; xml: string };

beforeEach(async () => {
  server = createTestServer();
  ({ auth } = await server.registerCitizen('+79123456789'));
  await server.db.accounts.toCollection().modify({ identityLevel: 'confirmed' });
});
afterEach(async () => {
  await server.close();
});

async function answered(): Promise<Signed> {
  const sent = await server.post<{ id: string }>(
    '/appeals',
    {
      draftId: crypto.randomUUID(),
      type: 'request',
      topic: 'general',
      subject: 'Срок справки',
      description: 'Сколько готовится справка?',
      priority: 'low',
      contacts: { name: 'Иванова Мария', phone: '+79123456789', email: 'ivanova@example.ru' },
    },
    { ...auth, 'X-Okno-Appeal-Scenario': 'answered' },
  );
  await server.post('/_sim/clock', { advanceMs: 20 * 86_400_000, keepSessions: true });
  return (await server.get<Signed>(`/appeals/${sent.body.id}/answer`, auth)).body;
}
const verify = async (text: string) =>
  (await server.post<{ verdict: string; answer?: { code: number; topic?: string } }>('/appeals/answers/verify', { text })).body;

describe('signed answer files', () => {
  it('accepts the genuine JSON and XML', async () => {
    const files = await answered();
    expect(await verify(files.json)).toMatchObject({ verdict: 'valid', answer: { code: expect.any(Number), topic: 'Общие вопросы' } });
    expect(await verify(files.xml)).toMatchObject({ verdict: 'valid', answer: { topic: 'Общие вопросы' } });
  });

  it('refuses a changed byte in the signed text or the signature as changed', async () => {
    const files = await answered();
    const tampered = files.json.replace(/\\"code\\":(\d)/, '\\"code\\":9$1');
    expect(tampered).not.toBe(files.json);
    expect((await verify(tampered)).verdict).toBe('changed');
    expect((await verify(files.xml.replace('<code>', '<code>9'))).verdict).toBe('changed');
    expect((await verify(files.xml.replace('<topic>Общие', '<topic>Частные'))).verdict).toBe('changed');
    const sig = /<signature keyId="[^"]*">([^<]*)</.exec(files.xml)![1]!;
    const flipped = sig.slice(0, 10) + (sig[10] === 'A' ? 'B' : 'A') + sig.slice(11);
    expect((await verify(files.xml.replace(sig, flipped))).verdict).toBe('changed');
  });

  it('names a file signed by another key, a broken answer file, and refuses foreign files', async () => {
    const files = await answered();
    expect((await verify(files.json.slice(0, 200))).verdict).toBe('unreadable');
    expect((await verify(files.xml.replace('</document>', ''))).verdict).toBe('unreadable');
    await server.db.settings.delete(AUTHORITY_KEY_SETTING);
    expect((await verify(files.json)).verdict).toBe('other_key');
    expect((await verify(files.xml)).verdict).toBe('other_key');
    const foreign = await server.post<{ error: { code: string } }>('/appeals/answers/verify', { text: '{"hello": 1}' });
    expect([foreign.status, foreign.body.error.code]).toEqual([422, 'not_okno_document']);
  });
});

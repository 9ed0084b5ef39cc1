// The test build's header: a clean answer has none, a broken one names what is wrong; the body is kept.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { json } from '../http';
import { createTestServer } from '../testServer';
import { CONTRACT_VIOLATIONS_HEADER } from './check';
import { withContractCheck } from './violationsHeader';

describe('X-Okno-Contract-Violations (test build)', () => {
  it('is absent on answers that keep the contract', async () => {
    const server = createTestServer();
    const checked = withContractCheck(server.handle);
    const health = await checked(new Request('http://localhost/api/health'));
    expect(health.headers.get(CONTRACT_VIOLATIONS_HEADER)).toBeNull();
    const refused = await checked(new Request('http://localhost/api/me'));
    expect(refused.status).toBe(401);
    expect(refused.headers.get(CONTRACT_VIOLATIONS_HEADER)).toBeNull();
    await server.close();
  });

  it('names the field of the wrong type, and leaves status and body as they were', async () => {
    const broken = withContractCheck(async () => json({ status: 'ok', server: 'okno-server', version: 7, now: 'сейчас' }));
    const answer = await broken(new Request('http://localhost/api/health'));
    expect(decodeURI(answer.headers.get(CONTRACT_VIOLATIONS_HEADER) ?? '')).toMatch(/^200 answer does not match its schema: version: Invalid type/);
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({ version: 7, now: 'сейчас' });
  });

  it('flags an undocumented error code', async () => {
    const odd = withContractCheck(async () => json({ error: { code: 'kaboom', message: 'x' } }, 500));
    const answer = await odd(new Request('http://localhost/api/health'));
    expect(answer.headers.get(CONTRACT_VIOLATIONS_HEADER)).toBe('error%20code%20kaboom%20is%20not%20documented');
  });
});

// Confirming a submission with the account's own signature key (issue 19.5), through the handlers.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keyFingerprint, signDigest, submissionDigest, type SignedContent } from '../domain/submissionSignature';
import { createTestServer, type TestServer } from './testServer';

const PHONE = '+79123456789';
const OTHER = '+79031112233';
type ErrorBody = { error: { code: string; fields?: Record<string, string> } };
type Sent = ErrorBody & { id: string; signedWith?: { fingerprint: string; digest: string } };
type KeyView = ErrorBody & { key: { fingerprint: string; registeredAt: number } | null };

let server: TestServer;
let auth: Record<string, string>;
beforeEach(async () => {
  server = createTestServer();
  ({ auth } = await server.registerCitizen(PHONE));
});
afterEach(() => server.close());

const newKeys = () => crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']) as Promise<CryptoKeyPair>;

async function register(keys: CryptoKeyPair, as = auth) {
  const { challenge } = (await server.post<{ challenge: string }>('/me/signature-key/challenge', {}, as)).body;
  const { kty, crv, x, y } = await crypto.subtle.exportKey('jwk', keys.publicKey);
  return server.send<KeyView>(
    'PUT',
    '/me/signature-key',
    { challenge, publicKey: { kty, crv, x, y }, signature: await signDigest(keys.privateKey, challenge) },
    as,
  );
}

const content = (): SignedContent => ({
  draftId: crypto.randomUUID(),
  serviceId: 'fine-payment',
  answers: { resolutionNumber: '18810177230000123456' },
  resultWay: 'electronic',
});

async function signedBy(keys: CryptoKeyPair, body: SignedContent) {
  const jwk = await crypto.subtle.exportKey('jwk', keys.publicKey);
  return { fingerprint: await keyFingerprint({ x: jwk.x!, y: jwk.y! }), value: await signDigest(keys.privateKey, await submissionDigest(body)) };
}

describe('signing a submission with the account key', () => {
  it('registers the key with a signed challenge and sends a signed application without a code', async () => {
    expect((await server.get<KeyView>('/me/signature-key', auth)).body.key).toBeNull();
    const keys = await newKeys();
    const registered = await register(keys);
    expect(registered.status).toBe(200);
    expect(registered.body.key?.fingerprint).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){4}$/);
    const body = content();
    const sent = await server.post<Sent>('/applications', { ...body, signature: await signedBy(keys, body) }, auth);
    expect(sent.status).toBe(201);
    expect(sent.body.signedWith).toEqual({ fingerprint: registered.body.key!.fingerprint, digest: await submissionDigest(body) });
  });

  it('refuses a signature over other content, by another key, or with no key registered — each with its own code', async () => {
    const keys = await newKeys();
    const body = content();
    const noKey = await server.post<Sent>('/applications', { ...body, signature: await signedBy(keys, body) }, auth);
    expect([noKey.status, noKey.body.error.code]).toEqual([409, 'signature_no_key']);
    await register(keys);
    const changed = await server.post<Sent>(
      '/applications',
      { ...body, answers: { resolutionNumber: '18810177230000999999' }, signature: await signedBy(keys, body) },
      auth,
    );
    expect([changed.status, changed.body.error.code]).toEqual([422, 'signature_invalid']);
    const stranger = await newKeys();
    const other = await server.post<Sent>('/applications', { ...body, signature: await signedBy(stranger, body) }, auth);
    expect([other.status, other.body.error.code]).toEqual([403, 'signature_other_key']);
    // Someone else's key claiming this account's fingerprint still fails the check.
    const forged = { fingerprint: (await signedBy(keys, body)).fingerprint, value: (await signedBy(stranger, body)).value };
    expect((await server.post<Sent>('/applications', { ...body, signature: forged }, auth)).body.error.code).toBe('signature_invalid');
    expect(await server.db.cases.count()).toBe(0);
  });

  it("a second person cannot make the first person's key theirs, nor sign with it", async () => {
    const first = await newKeys();
    await register(first);
    const { auth: second } = await server.registerCitizen(OTHER, 'second@example.ru');
    const taken = await register(first, second);
    expect([taken.status, taken.body.error.code]).toEqual([409, 'key_taken']);
    await register(await newKeys(), second);
    const body = content();
    const sent = await server.post<Sent>('/applications', { ...body, signature: await signedBy(first, body) }, second);
    expect([sent.status, sent.body.error.code]).toEqual([403, 'signature_other_key']);
  });

  it('a submission with neither a code nor a signature names the code as missing', async () => {
    const sent = await server.post<Sent>('/applications', content(), auth);
    expect([sent.status, sent.body.error.fields]).toEqual([422, { code: 'required' }]);
  });
});

// The API reads only what it documents: a broken %-escape is a 400, an array is never an object, only
// JSON and multipart bodies are read, fields carry validation codes with texts in the caller's language,
// and a full disk is reported as such.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from './testServer';
import { isQuotaError } from './http';

let server: TestServer;
beforeEach(() => {
  server = createTestServer();
});
afterEach(async () => {
  await server.close();
});

describe('strict API', () => {
  it('answers a malformed percent-encoding in a path with 400 and the error shape', async () => {
    const { status, body } = await server.get<{ error: { code: string } }>('/applications/%E0%A4%A');
    expect(status).toBe(400);
    expect(body.error.code).toBe('bad_path');
  });

  it('refuses an array where an object is expected', async () => {
    const { status, body } = await server.send<{ error: { code: string } }>('POST', '/_sim/faults', []);
    expect(status).toBe(422);
    expect(body.error.code).toBe('validation');
    const nested = await server.post<{ error: { fields: Record<string, string> } }>('/auth/register/complete', { flowId: 'x', person: [] });
    expect(nested.status).toBe(422);
    expect(nested.body.error.fields).toEqual({ person: 'invalid_value' });
  });

  it('reads only application/json and multipart/form-data bodies', async () => {
    const text = await server.send<{ error: { code: string } }>('POST', '/_sim/faults', { outage: true }, { 'Content-Type': 'text/plain' });
    expect(text.status).toBe(415);
    expect(text.body.error.code).toBe('unsupported_media_type');
    expect((await server.get<{ outage: boolean }>('/_sim/faults')).body.outage).toBe(false);
    const form = await server.send<{ error: { code: string } }>(
      'POST',
      '/_sim/faults',
      { outage: true },
      { 'Content-Type': 'application/x-www-form-urlencoded' },
    );
    expect(form.status).toBe(415);
    expect((await server.post('/_sim/faults', { latencyMs: 0 }, { 'Content-Type': 'application/json; charset=utf-8' })).status).toBe(200);
  });

  it('reads a bare PDF only where a file is checked, and nowhere else', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    const checked = await server.send<{ error: { code: string } }>('POST', '/certificates/verify-file', pdf, { 'Content-Type': 'application/pdf' });
    expect(checked.status).toBe(422); // read, and found to carry no Okno seal
    expect(checked.body.error.code).toBe('not_okno_document');
    const asText = await server.send<{ error: { code: string } }>('POST', '/certificates/verify-file', pdf, { 'Content-Type': 'text/plain' });
    expect(asText.status).toBe(415);
    const pdfAsJson = await server.send<{ error: { code: string } }>('POST', '/_sim/faults', pdf, { 'Content-Type': 'application/pdf' });
    expect(pdfAsJson.status).toBe(415);
  });

  it('carries validation codes in error.fields and their texts in the caller’s language', async () => {
    const ru = await server.post<{ error: { fields: Record<string, string>; fieldMessages: Record<string, string> } }>('/auth/register', {
      phone: '12',
    });
    expect(ru.status).toBe(422);
    expect(ru.body.error.fields.phone).toBe('phone_format');
    expect(ru.body.error.fieldMessages.phone).toMatch(/Номер телефона/);
    const en = await server.post<{ error: { fieldMessages: Record<string, string> } }>(
      '/auth/register',
      { phone: 12 },
      { 'Accept-Language': 'en-GB,en;q=0.9,ru;q=0.5' },
    );
    expect(en.body.error.fieldMessages.phone).toMatch(/^[\x20-\x7e’]+$/);
  });

  it('recognises a quota error however Dexie wraps it', () => {
    const inner = new DOMException('full', 'QuotaExceededError');
    expect(isQuotaError(inner)).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
  });

  it('answers a full disk in okno-server with 507 storage_full', async () => {
    const full = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    server.db.settings.hook('creating', () => {
      throw full;
    });
    const { status, body } = await server.post<{ error: { code: string } }>('/_sim/faults', { outage: false });
    expect(status).toBe(507);
    expect(body.error.code).toBe('storage_full');
  });
});

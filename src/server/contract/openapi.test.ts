// The generated document: OpenAPI 3.1, every route of the table with its tag, an example request,
// its success answer and its error codes; the «sim» control routes tagged as such.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ROUTES } from '../app';
import { createTestServer } from '../testServer';
import { buildOpenApi } from './openapi';
import { TAGS } from './tags';

const doc = buildOpenApi('test');
type Operation = {
  tags: string[];
  summary: string;
  'x-okno-summary-ru': string;
  'x-okno-example': { method: string; path: string };
  requestBody?: unknown;
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
};
const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, op]) => ({ path, method, op: op as Operation })),
);

describe('the OpenAPI document', () => {
  it('lists every route of the table once, with a summary in both languages and an example request', () => {
    expect(doc.openapi).toBe('3.1.0');
    const listed = operations.map(({ path, method }) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`).sort();
    expect(listed).toEqual(Object.keys(ROUTES).sort());
    for (const { op } of operations) {
      expect(op.summary.length).toBeGreaterThan(3);
      expect(op['x-okno-summary-ru']).toMatch(/[а-яё]/i);
      expect(op['x-okno-example'].path).toMatch(/^\/api\//);
    }
  });

  it('tags the /api/_sim control routes «sim», and every tag is described', () => {
    for (const { path, op } of operations) if (path.startsWith('/api/_sim/')) expect(op.tags).toEqual(['sim']);
    const tags = new Set(TAGS.map((t) => t.name));
    for (const { op } of operations) expect(tags.has(op.tags[0] as never)).toBe(true);
  });

  it('describes request and answer fields as JSON Schema, and errors with the one error shape and their codes', () => {
    const register = doc.paths['/api/auth/register']!.post as Operation;
    expect(JSON.stringify(register.requestBody)).toContain('"phone"');
    expect(register.responses['201']!.content!['application/json']!.schema).toEqual({ $ref: '#/components/schemas/CodeTicket' });
    expect(doc.components.schemas.CodeTicket).toMatchObject({ type: 'object', required: expect.arrayContaining(['flowId']) });
    expect(register.responses['409']).toMatchObject({ 'x-okno-codes': ['phone_taken'] });
    expect(doc.components.schemas.ApiError).toMatchObject({ type: 'object', required: ['error'] });
    expect(doc['x-okno-error-codes']).toContainEqual({ code: 'validation', status: 422 });
  });

  it('is what the service worker answers at GET /api/openapi.json', async () => {
    const server = createTestServer();
    const answer = await server.get('/openapi.json');
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual(JSON.parse(JSON.stringify(buildOpenApi(__OKNO_VERSION__))));
    await server.close();
  });
});

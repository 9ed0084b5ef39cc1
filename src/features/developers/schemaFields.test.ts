// The reference page's field rows: nested objects, arrays, shared components, variants and enums.
import { describe, expect, it } from 'vitest';
import { schemaFields, typeOf } from './schemaFields';

const components = { CodeTicket: { type: 'object', properties: { flowId: { type: 'string' }, sentTo: { type: 'string' } }, required: ['flowId'] } };

describe('schemaFields', () => {
  it('lists nested fields with dotted names, types and required marks, following references', () => {
    const schema = {
      type: 'object',
      properties: {
        ticket: { $ref: '#/components/schemas/CodeTicket' },
        tags: { type: 'array', items: { type: 'string' } },
        kind: { enum: ['fee', 'fine'] },
      },
      required: ['ticket'],
    };
    expect(schemaFields(schema, components)).toEqual([
      { name: 'ticket', type: 'object', required: true },
      { name: 'ticket.flowId', type: 'string', required: true },
      { name: 'ticket.sentTo', type: 'string', required: false },
      { name: 'tags', type: 'array of string', required: false },
      { name: 'kind', type: 'one of: "fee" | "fine"', required: false },
    ]);
  });

  it('merges the fields of each variant once, and reads a list of objects', () => {
    const variant = {
      anyOf: [
        { type: 'object', properties: { method: { const: 'card' }, card: { type: 'string' } }, required: ['method', 'card'] },
        { type: 'object', properties: { method: { const: 'terminal' } }, required: ['method'] },
      ],
    };
    expect(schemaFields(variant, {}).map((row) => row.name)).toEqual(['method', 'card']);
    expect(schemaFields({ type: 'array', items: { $ref: '#/components/schemas/CodeTicket' } }, components).map((row) => row.name)).toEqual([
      '[].flowId',
      '[].sentTo',
    ]);
    expect(typeOf({ type: 'object', additionalProperties: { type: 'string' } }, {})).toBe('map of string');
  });
});

// The contract as an OpenAPI 3.1 document, generated from the same valibot schemas the handlers parse with
// (@valibot/to-json-schema, JSON Schema 2020-12 as OpenAPI 3.1 expects). One generator: the service worker
// serves it at GET /api/openapi.json and the build writes the same document to public/openapi.json.
import { toJsonSchema, type ConversionConfig, type JsonSchema } from '@valibot/to-json-schema';
import type * as v from 'valibot';
import { ApiErrorBodySchema } from '../../domain/apiError';
import { ApplicationViewSchema } from '../../domain/application';
import { AppealViewSchema } from '../../domain/appeals/view';
import { BookingViewSchema } from '../../domain/offices/booking';
import { ChatViewSchema } from '../../domain/support/chat';
import { InvoiceViewSchema, ReceiptViewSchema } from '../../domain/payments/api';
import { AccountViewSchema, CodeTicketSchema, InboxMessageSchema } from '../../domain/account';
import { CONTRACT } from './contract';
import { ERROR_CODES, FIELD_CODES } from './errors';
import { TAGS } from './tags';
import type { ContractEntry } from './types';

/** Shapes many routes answer with, written once under components.schemas and referred to. */
const SHARED: Record<string, v.GenericSchema> = {
  ApiError: ApiErrorBodySchema,
  Application: ApplicationViewSchema,
  Appeal: AppealViewSchema,
  Booking: BookingViewSchema,
  Chat: ChatViewSchema,
  Invoice: InvoiceViewSchema,
  Receipt: ReceiptViewSchema,
  Account: AccountViewSchema,
  CodeTicket: CodeTicketSchema,
  InboxMessage: InboxMessageSchema,
};

function converter(typeMode: 'input' | 'output'): (schema: v.GenericSchema) => JsonSchema {
  const config: ConversionConfig = {
    target: 'draft-2020-12',
    typeMode,
    errorMode: 'ignore',
    definitions: SHARED,
    overrideRef: ({ referenceId }) => `#/components/schemas/${referenceId}`,
  };
  return (schema) => bare(toJsonSchema(schema, config));
}

/** Without the draft marker and the definitions each conversion repeats: they are components.schemas once. */
function bare(schema: JsonSchema): JsonSchema {
  const { $schema: _draft, $defs: _defs, ...rest } = schema as JsonSchema & { $defs?: unknown };
  return rest;
}
const input = converter('input');
const output = converter('output');

/** "/api/x/:id" → "/api/x/{id}" with the names of its parameters. */
function openApiPath(path: string): { path: string; names: string[] } {
  const names: string[] = [];
  return { path: path.replace(/:(\w+)/g, (_, name: string) => (names.push(name), `{${name}}`)), names };
}

const SECURITY: Record<ContractEntry['caller'], object[] | undefined> = {
  anyone: undefined,
  flow: undefined,
  citizen: [{ citizen: [] }],
  operator: [{ operator: [] }],
};

function operation(key: string, route: ContractEntry) {
  const [method = 'GET', raw = '/'] = key.split(' ');
  const { path, names } = openApiPath(raw);
  const query = route.query ? Object.entries(route.query.entries) : [];
  const parameters = [
    ...names.map((name) => ({
      name,
      in: 'path',
      required: true,
      schema: { type: 'string' },
      ...(route.example?.params?.[name] ? { example: route.example.params[name] } : {}),
    })),
    ...query.map(([name, schema]) => ({
      name,
      in: 'query',
      required: schema.type !== 'optional',
      schema: input(schema as v.GenericSchema),
      ...(route.example?.query?.[name] ? { example: route.example.query[name] } : {}),
    })),
  ];
  const bodyMedia = route.bodyType ?? (route.multipart ? 'multipart/form-data' : 'application/json');
  const requestBody =
    route.body || route.bodyType
      ? {
          required: true,
          content: {
            [bodyMedia]: {
              schema: route.body ? input(route.body) : { type: 'string', contentEncoding: 'binary' },
              ...(route.example?.body !== undefined ? { example: route.example.body } : {}),
            },
          },
        }
      : undefined;
  const ok = route.ok.schema
    ? { 'application/json': { schema: output(route.ok.schema) } }
    : { [route.ok.mediaType ?? 'application/octet-stream']: { schema: { type: 'string', contentEncoding: 'binary' } } };
  const byStatus = new Map<number, string[]>();
  for (const code of route.errors) byStatus.set(ERROR_CODES[code] ?? 500, [...(byStatus.get(ERROR_CODES[code] ?? 500) ?? []), code]);
  const errors = Object.fromEntries(
    [...byStatus]
      .sort(([a], [b]) => a - b)
      .map(([status, codes]) => [
        String(status),
        {
          description: codes.join(', '),
          'x-okno-codes': codes,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiError' } } },
        },
      ]),
  );
  const example = {
    method,
    path:
      raw.replace(/:(\w+)/g, (_, name: string) => route.example?.params?.[name] ?? `{${name}}`) +
      (route.example?.query ? `?${new URLSearchParams(route.example.query)}` : ''),
    ...(route.caller === 'citizen'
      ? { headers: { Authorization: 'Bearer <token>' } }
      : route.caller === 'operator'
        ? { headers: { 'X-Okno-Operator': '<staff token>' } }
        : {}),
    ...(route.example?.body !== undefined ? { body: route.example.body } : {}),
  };
  return {
    path,
    method: method.toLowerCase(),
    operation: {
      operationId: `${method.toLowerCase()}${raw.replace(/^\/api/, '').replace(/[^a-zA-Z0-9]+(\w)?/g, (_, c?: string) => (c ?? '').toUpperCase())}`,
      tags: [route.tag],
      summary: route.summary.en,
      'x-okno-summary-ru': route.summary.ru,
      ...(SECURITY[route.caller] ? { security: SECURITY[route.caller] } : {}),
      ...(parameters.length ? { parameters } : {}),
      ...(requestBody ? { requestBody } : {}),
      'x-okno-example': example,
      responses: { [String(route.ok.status)]: { description: 'OK', content: ok }, ...errors },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApi>;

export function buildOpenApi(version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [key, route] of Object.entries(CONTRACT)) {
    const { path, method, operation: op } = operation(key, route);
    (paths[path] ??= {})[method] = op;
  }
  const schemas = Object.fromEntries(
    Object.entries(SHARED).map(([name, schema]) => [name, bare(toJsonSchema(schema, { target: 'draft-2020-12', errorMode: 'ignore' }))]),
  );
  return {
    openapi: '3.1.0' as const,
    info: {
      title: 'Okno simulated department systems',
      version,
      description:
        "The mock backend that runs inside Okno's service worker. Every error has one shape, {error: {code, message, fields?, fieldMessages?, data?}}; `fields` maps a field path to a validation code. Routes tagged «sim» are the demo and QA control surface.",
    },
    servers: [{ url: '/' }],
    tags: TAGS.map((tag) => ({ name: tag.name, description: tag.en, 'x-okno-description-ru': tag.ru })),
    paths,
    components: {
      schemas,
      securitySchemes: {
        citizen: { type: 'http', scheme: 'bearer', description: 'The session token from sign-in or registration' },
        operator: { type: 'apiKey', in: 'header', name: 'X-Okno-Operator', description: 'The staff session token from POST /api/operator/check' },
      },
    },
    'x-okno-error-codes': Object.entries(ERROR_CODES).map(([code, status]) => ({ code, status })),
    'x-okno-field-codes': [...FIELD_CODES],
  };
}

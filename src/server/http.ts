// Building answers: JSON bodies and the one error shape ({error: {code, message, fields?}}).
import * as v from 'valibot';
import type { ApiErrorBody } from '../domain/apiError';
export { isQuotaError } from '../domain/quota';
import { fieldCodes, type ValidationCode } from '../domain/validationCodes';
import { validationEn } from '../i18n/validation.en';
import { validationRu } from '../i18n/validation.ru';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
    readonly data?: Record<string, string | number>,
  ) {
    super(message);
  }
}

export function json(data: unknown, status = 200): Response {
  return new Response(JSON.stringify(data), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

/** The caller's language from Accept-Language: English only when it comes before any Russian. */
export function callerLanguage(request?: Request): 'ru' | 'en' {
  const header = (request?.headers.get('Accept-Language') ?? '').toLowerCase();
  const en = header.search(/\ben\b/);
  const ru = header.search(/\bru\b/);
  return en !== -1 && (ru === -1 || en < ru) ? 'en' : 'ru';
}

/** Field path → the text of its code in the caller's language (codes that are not validation codes keep no text). */
function fieldMessages(fields: Record<string, string>, request?: Request): Record<string, string> {
  const texts: Record<string, string> = callerLanguage(request) === 'en' ? validationEn : validationRu;
  return Object.fromEntries(Object.entries(fields).map(([path, code]) => [path, texts[code as ValidationCode] ?? texts.invalid_value!]));
}

export function errorResponse(error: ApiError, request?: Request): Response {
  const body: ApiErrorBody = { error: { code: error.code, message: error.message } };
  if (error.fields) {
    body.error.fields = error.fields;
    body.error.fieldMessages = fieldMessages(error.fields, request);
  }
  if (error.data) body.error.data = error.data;
  return json(body, error.status);
}

/**
 * Turns valibot issues into a field map: "address.house" → a documented validation code (valibot's own
 * English texts become 'invalid_value'). The first issue per field wins.
 */
export function issuesToFields(issues: readonly v.BaseIssue<unknown>[]): Record<string, string> {
  return fieldCodes(issues);
}

export function parseWith<S extends v.GenericSchema>(schema: S, input: unknown): v.InferOutput<S> {
  const misplaced = arrayForObject(schema, input, '');
  if (misplaced !== null) throw new ApiError(422, 'validation', 'An object is expected', { [misplaced]: 'invalid_value' });
  const result = v.safeParse(schema, input);
  if (!result.success) {
    throw new ApiError(422, 'validation', 'The request has invalid fields', issuesToFields(result.issues));
  }
  return result.output;
}

/** Reads a JSON body and checks it with the shared schema; a body that is not JSON is a 400. */
export async function readJson<S extends v.GenericSchema>(request: Request, schema: S): Promise<v.InferOutput<S>> {
  if (mediaType(request) !== 'application/json') throw new ApiError(415, 'unsupported_media_type', 'Send the body as application/json');
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new ApiError(400, 'bad_json', 'The request body is not valid JSON');
  }
  return parseWith(schema, body);
}

/** JSON for most routes, multipart for uploads, a bare PDF for the file check (each handler asks for its own). */
const BODY_TYPES = new Set(['application/json', 'multipart/form-data', 'application/pdf']);

/** The media type of a request's body without parameters ('' when none is declared). */
export function mediaType(request: Request): string {
  return (request.headers.get('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase();
}

/** Only JSON and multipart bodies are ever read: any other declared type is refused before a handler runs. */
export function checkBodyType(request: Request): void {
  const type = mediaType(request);
  if (type !== '' && !BODY_TYPES.has(type))
    throw new ApiError(415, 'unsupported_media_type', 'Only application/json, multipart/form-data and application/pdf bodies are accepted');
}

type SchemaNode = {
  type?: string;
  entries?: Record<string, SchemaNode>;
  wrapped?: SchemaNode;
  item?: SchemaNode;
  value?: SchemaNode;
  options?: SchemaNode[];
};
const OBJECT_TYPES = new Set(['object', 'strict_object', 'loose_object', 'object_with_rest']);

/**
 * Where the input has an array (or another non-object) in place of an object the schema describes, as a
 * dotted path; null when every object is an object. valibot alone lets `[]` pass for an object whose
 * entries are all optional.
 */
export function arrayForObject(schema: unknown, input: unknown, path: string): string | null {
  const node = schema as SchemaNode;
  if (input === undefined || input === null) return null;
  if (node.wrapped) return arrayForObject(node.wrapped, input, path);
  if (node.type && OBJECT_TYPES.has(node.type) && node.entries) {
    if (typeof input !== 'object' || Array.isArray(input)) return path;
    for (const [key, entry] of Object.entries(node.entries)) {
      const found = arrayForObject(entry, (input as Record<string, unknown>)[key], path ? `${path}.${key}` : key);
      if (found !== null) return found;
    }
    return null;
  }
  if (node.type === 'array' && node.item && Array.isArray(input)) {
    for (const [i, item] of input.entries()) {
      const found = arrayForObject(node.item, item, path ? `${path}.${i}` : String(i));
      if (found !== null) return found;
    }
    return null;
  }
  if (node.type === 'variant' && node.options && (typeof input !== 'object' || Array.isArray(input))) return path;
  return null;
}

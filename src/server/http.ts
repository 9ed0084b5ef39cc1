// Building answers: JSON bodies and the one error shape ({error: {code, message, fields?}}).
import * as v from 'valibot';
import type { ApiErrorBody } from '../domain/apiError';

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

export function errorResponse(error: ApiError): Response {
  const body: ApiErrorBody = { error: { code: error.code, message: error.message } };
  if (error.fields) body.error.fields = error.fields;
  if (error.data) body.error.data = error.data;
  return json(body, error.status);
}

/** Turns valibot issues into a field map: "address.house" → message. The first issue per field wins. */
export function issuesToFields(issues: readonly v.BaseIssue<unknown>[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const path = v.getDotPath(issue) ?? '';
    fields[path] ??= issue.message;
  }
  return fields;
}

export function parseWith<S extends v.GenericSchema>(schema: S, input: unknown): v.InferOutput<S> {
  const result = v.safeParse(schema, input);
  if (!result.success) {
    throw new ApiError(422, 'validation', 'The request has invalid fields', issuesToFields(result.issues));
  }
  return result.output;
}

/** Reads a JSON body and checks it with the shared schema; a body that is not JSON is a 400. */
export async function readJson<S extends v.GenericSchema>(request: Request, schema: S): Promise<v.InferOutput<S>> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new ApiError(400, 'bad_json', 'The request body is not valid JSON');
  }
  return parseWith(schema, body);
}

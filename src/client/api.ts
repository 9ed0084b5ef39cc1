// The typed API client: the page's only way to reach the (simulated) department systems.
// Every answer is checked with the shared schema; every failure becomes an ApiRequestError with a code.
import * as v from 'valibot';
import { ApiErrorBodySchema } from '../domain/apiError';
import { whenControlled } from './serviceWorker';
import { deviceName, readToken } from './sessionToken';

export const API_BASE = '/api';

export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    /** A code from the server's error shape, or 'network', 'no_service_worker', 'bad_response'. */
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
    readonly data?: Record<string, string | number>,
  ) {
    super(message);
    this.name = 'ApiRequestError';
  }
}

interface RequestOptions {
  /** JSON-encoded, unless it is FormData (sent as multipart) or a Blob (sent as its bytes). */
  body?: unknown;
  headers?: Record<string, string>;
}

async function send(method: string, path: string, options: RequestOptions): Promise<Response> {
  try {
    await whenControlled();
  } catch (error) {
    throw new ApiRequestError(0, 'no_service_worker', error instanceof Error ? error.message : String(error));
  }
  // The page's own language choice, so validation texts in error.fieldMessages match the page.
  const language = globalThis.document?.documentElement.lang || 'ru';
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': language,
    'X-Okno-Device': deviceName(),
    ...options.headers,
  };
  const token = readToken();
  // A caller may name the token itself (ending a session signed out of while offline).
  if (token && !headers.Authorization) headers.Authorization = `Bearer ${token}`;
  let body: BodyInit | undefined;
  if (options.body instanceof FormData || options.body instanceof Blob) {
    body = options.body; // the browser sets the multipart boundary itself; a Blob's type came in headers
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  try {
    return await fetch(`${API_BASE}${path}`, { method, headers, body });
  } catch (error) {
    throw new ApiRequestError(0, 'network', error instanceof Error ? error.message : String(error));
  }
}

async function toError(response: Response): Promise<ApiRequestError> {
  const parsed = v.safeParse(ApiErrorBodySchema, await response.json().catch(() => null));
  if (!parsed.success) return new ApiRequestError(response.status, 'bad_response', `HTTP ${response.status}`);
  const { code, message, fields, data } = parsed.output.error;
  return new ApiRequestError(response.status, code, message, fields, data);
}

export async function apiRequest<S extends v.GenericSchema>(
  method: string,
  path: string,
  schema: S,
  options: RequestOptions = {},
): Promise<v.InferOutput<S>> {
  const response = await send(method, path, options);
  if (!response.ok) {
    const error = await toError(response);
    for (const listener of listeners) listener(error);
    throw error;
  }
  const parsed = v.safeParse(schema, await response.json().catch(() => undefined));
  if (!parsed.success) throw new ApiRequestError(response.status, 'bad_response', 'Unexpected answer shape');
  return parsed.output;
}

/** A binary answer (a PDF) as a Blob; a binary body (a file to check) is sent as is. Errors as apiRequest. */
export async function apiBytes(method: string, path: string, body?: Blob): Promise<Blob> {
  const response = await send(method, path, body ? { body, headers: { 'Content-Type': body.type || 'application/octet-stream' } } : {});
  if (!response.ok) {
    const error = await toError(response);
    for (const listener of listeners) listener(error);
    throw error;
  }
  return response.blob();
}

export const apiGet = <S extends v.GenericSchema>(path: string, schema: S) => apiRequest('GET', path, schema);
export const apiPost = <S extends v.GenericSchema>(path: string, body: unknown, schema: S) => apiRequest('POST', path, schema, { body });
export const apiPatch = <S extends v.GenericSchema>(path: string, body: unknown, schema: S) => apiRequest('PATCH', path, schema, { body });

const listeners = new Set<(error: ApiRequestError) => void>();
/** Lets the session react to 401 answers from any call. */
export function onApiError(listener: (error: ApiRequestError) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// Checks one answer against the contract: a success against the route's response schema (the same valibot
// schema the document is generated from), an error against the one error shape and the documented codes.
// Used by the contract test over the whole route table and, in a test build, for the violations header.
import * as v from 'valibot';
import { ApiErrorBodySchema } from '../../domain/apiError';
import { isValidationCode } from '../../domain/validationCodes';
import { CONTRACT } from './contract';
import { FILE_CODE, isDocumentedError } from './errors';

/** The header a test build adds to every /api answer: the violations, `; `-separated; absent when clean. */
export const CONTRACT_VIOLATIONS_HEADER = 'X-Okno-Contract-Violations';

/** The contract key ("GET /api/x/:id") whose pattern matches a method and path, or null. */
export function routeOf(method: string, path: string): string | null {
  for (const key of Object.keys(CONTRACT)) {
    const [m, template = ''] = key.split(' ');
    if (m !== method) continue;
    const pattern = new RegExp(`^${template.replace(/[.]/g, '\\.').replace(/:\w+/g, '[^/]+')}/?$`);
    if (pattern.test(path)) return key;
  }
  return null;
}

const describe = (issues: readonly v.BaseIssue<unknown>[]) =>
  issues
    .slice(0, 3)
    .map((issue) => `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`)
    .join(', ');

/** What is wrong with an answer of `route` (status, JSON body or raw text), as short sentences; [] when it keeps the contract. */
export function contractViolations(route: string, status: number, body: unknown, contentType = 'application/json'): string[] {
  const entry = CONTRACT[route];
  if (!entry) return [`${route} has no contract entry`];
  if (status === entry.ok.status) {
    if (!entry.ok.schema) return contentType.startsWith('application/json') ? [`${status} should be ${entry.ok.mediaType}, not JSON`] : [];
    const parsed = v.safeParse(entry.ok.schema, body);
    return parsed.success ? [] : [`${status} answer does not match its schema: ${describe(parsed.issues)}`];
  }
  if (status < 400) return [`status ${status} is not the documented ${entry.ok.status}`];
  const parsed = v.safeParse(ApiErrorBodySchema, body);
  if (!parsed.success) return [`error ${status} is not in the error shape: ${describe(parsed.issues)}`];
  const { code, fields } = parsed.output.error;
  const found: string[] = [];
  if (!isDocumentedError(code)) found.push(`error code ${code} is not documented`);
  else if (!entry.errors.includes(code) && !FILE_CODE.test(code)) found.push(`error code ${code} is not listed for ${route}`);
  // A field may carry a validation code, a file check's code or a documented error code (code_wrong on «code»).
  const odd = Object.values(fields ?? {}).filter((c) => !isValidationCode(c) && !isDocumentedError(c));
  if (odd.length) found.push(`undocumented field codes ${odd.join(', ')}`);
  return found;
}

/** The violations of a real Response (read from a clone, so the caller still has the body). */
export async function responseViolations(method: string, path: string, response: Response): Promise<string[]> {
  const route = routeOf(method, path);
  if (!route) return response.status === 404 || response.status === 405 ? [] : [`${method} ${path} has no contract entry`];
  const type = response.headers.get('Content-Type') ?? '';
  const text = await response.clone().text();
  let body: unknown = text;
  if (type.startsWith('application/json')) {
    try {
      body = JSON.parse(text);
    } catch {
      return [`${response.status} body is not JSON`];
    }
  }
  return contractViolations(route, response.status, body, type);
}

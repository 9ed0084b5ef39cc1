// The test build's contract check on every answer: the route table's handler wrapped so each /api response
// carries what it breaks of the contract in X-Okno-Contract-Violations (absent when it keeps it). Only the
// service worker of a build made with OKNO_CONTRACT_CHECK=1 uses it; the citizens' build never does.
import { CONTRACT_VIOLATIONS_HEADER, responseViolations } from './check';

/** Header values must be Latin-1 and short: the violations, joined and cut. */
const MAX_HEADER_CHARS = 2000;

export function withContractCheck(handle: (request: Request) => Promise<Response>): (request: Request) => Promise<Response> {
  return async (request) => {
    const response = await handle(request);
    const found = await responseViolations(request.method, new URL(request.url).pathname, response);
    if (!found.length) return response;
    const headers = new Headers(response.headers);
    headers.set(CONTRACT_VIOLATIONS_HEADER, encodeURI(found.join('; ')).slice(0, MAX_HEADER_CHARS));
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  };
}

// Issue 17.9: a fuzz run over every route of the table (app.ts ROUTES). Each route gets the same share of
// seeded hostile requests (requestArbitrary.ts), with and without sessions; every answer must come in
// time, never be a 5xx, and every error must have the documented shape with documented field codes.
// Afterwards the server still answers a normal request. OKNO_FUZZ_SEED=<n> replays a run (see README).
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import * as v from 'valibot';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiErrorBodySchema } from '../../domain/apiError';
import { isValidationCode } from '../../domain/validationCodes';
import { ROUTES } from '../app';
import { FILE_CODE, isDocumentedError } from '../contract/errors';
import { createFuzzTarget, type FuzzTarget } from './fuzzTarget';
import { requestFor, type FuzzRequest } from './requestArbitrary';
import { fuzzSeed } from './seed';

const REQUESTS_PER_ROUTE = 20;
/** Real time a single answer may take (PBKDF2 on a busy CI core is the slowest legitimate work). */
const ANSWER_WITHIN_MS = 10_000;

const seed = fuzzSeed();
const routes = Object.keys(ROUTES);
let target: FuzzTarget;

afterAll(async () => {
  await target?.server.close();
});

async function answerOf(request: Request): Promise<Response | 'hang'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<'hang'>((resolve) => (timer = setTimeout(() => resolve('hang'), ANSWER_WITHIN_MS)));
  try {
    return await Promise.race([target.server.handle(request), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** What is wrong with an answer, or null. */
async function fault(answer: Response | 'hang'): Promise<string | null> {
  if (answer === 'hang') return `no answer within ${ANSWER_WITHIN_MS} ms`;
  if (answer.status >= 500 || answer.type === 'error') return `status ${answer.status}: ${await answer.text().catch(() => '')}`;
  if (answer.status < 400) return null;
  const text = await answer.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return `error ${answer.status} is not JSON: ${text.slice(0, 200)}`;
  }
  const parsed = v.safeParse(ApiErrorBodySchema, body);
  if (!parsed.success) return `error ${answer.status} is not in the error shape: ${text.slice(0, 200)}`;
  // A field code is a validation code, a refused file's code, or — for a conflict on one field (phone_taken
  // on «phone») — the documented error's own code.
  const own = parsed.output.error.code;
  const odd = Object.values(parsed.output.error.fields ?? {}).filter(
    (code) => !isValidationCode(code) && !FILE_CODE.test(code) && !(code === own && isDocumentedError(own)),
  );
  return odd.length ? `undocumented field codes ${odd.join(', ')}` : null;
}

const describeRequest = (r: FuzzRequest) =>
  `${r.method} ${r.path}${r.query.length ? `?${new URLSearchParams(r.query)}` : ''} headers ${JSON.stringify(r.headers)} body ${fc.stringify(r.body).slice(0, 300)}`;

describe(`fuzz over every route (seed ${seed})`, () => {
  it(`answers ${REQUESTS_PER_ROUTE} hostile requests per route without a 5xx, a hang or a shapeless error`, async () => {
    target = await createFuzzTarget();
    const planned = routes.flatMap((route, index) => fc.sample(requestFor(route), { seed: seed + index, numRuns: REQUESTS_PER_ROUTE }));
    const started = performance.now();
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    let sent = 0;
    for (const [index, request] of planned.entries()) {
      const built = target.build(request);
      if (!built) continue;
      sent += 1;
      const answer = await answerOf(built);
      const found = await fault(answer);
      if (answer !== 'hang') statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      if (found && failures.length < 20) failures.push(`#${index} [${request.route}] ${found}\n  ${describeRequest(request)}`);
      if (answer !== 'hang' && answer.status < 400 && built.method !== 'GET') await target.restore();
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `route fuzz: ${sent} requests over ${routes.length} routes in ${seconds.toFixed(1)} s, seed ${seed}; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`,
    );
    expect(failures, `replay with OKNO_FUZZ_SEED=${seed}`).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(2_000);

    // Still at work: the health check, a citizen's own data, and a new registration.
    await target.restore();
    expect((await target.server.get('/health')).status).toBe(200);
    expect((await target.server.get('/me', target.citizenA)).status).toBe(200);
    expect((await target.server.post('/auth/register', { phone: '+79120000009' })).status).toBe(201);
  }, 600_000); // a hang guard, not a budget (each request has its own 10 s limit)
});

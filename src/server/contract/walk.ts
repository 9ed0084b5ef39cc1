// One real request per route of the table, in an order that builds what the next needs, over
// fake-indexeddb. The world is made only through the real handlers: a citizen registers with the code
// from the simulated inbox, confirms her identity with a signature, submits an application that the
// console drives to a signed result, pays by card with 3-D Secure and at a terminal, gets an answer to an
// appeal, books, moves and attends a visit, and the simulated clock is moved where a rule needs time to
// pass. The contract test sends the steps and checks every answer. Test-only.
import { fineCountFor } from '../../domain/payments/fines';
import { createTestServer } from '../testServer';
import { accountSteps, closingSteps } from './walkAccount';
import { appealSteps } from './walkAppeals';
import { caseSteps, paymentSteps } from './walkCases';
import { officeSteps } from './walkOffices';
import { recoverySteps } from './walkRecovery';
import { PHONE, type PlannedStep, type WalkKit, type World } from './walkTypes';

export type { PlannedStep, WalkKit, WalkStep, World } from './walkTypes';

export async function createWorld(): Promise<World> {
  const server = createTestServer();
  const staff = await server.staff();
  const citizen = await server.registerCitizen(PHONE);
  let licence = '77АВ000000';
  for (let n = 1; fineCountFor(licence) === 0; n++) licence = `77АВ${String(n).padStart(6, '0')}`;
  return { server, auth: citizen.auth, staff, ids: { licence, chatId: crypto.randomUUID() } };
}

function kitOf(world: World, start: number): WalkKit {
  const { server, ids } = world;
  const must = <T>(answer: { status: number; body: T }, what: string) => {
    if (answer.status >= 300) throw new Error(`walk: preparing ${what} failed with ${answer.status}: ${JSON.stringify(answer.body)}`);
    return answer;
  };
  return {
    world,
    ids,
    start,
    keep:
      (name, field = 'id') =>
      (answer) =>
        (ids[name] = String(answer[field])),
    post: async (path, body, headers = world.auth) => must(await server.post(path, body, headers), `POST ${path}`),
    get: async (path, headers = world.auth) => must(await server.get(path, headers), `GET ${path}`),
    code: (to) => server.lastCode(to),
    now: async () => (await server.get<{ nowMs: number }>('/_sim/clock')).body.nowMs,
    jump: async (ms) => {
      must(await server.post('/_sim/clock', { advanceMs: ms, keepSessions: true }), 'a clock jump');
    },
    form: (fields) => {
      const data = new FormData();
      for (const [name, value] of Object.entries(fields)) data.append(name, value);
      return data;
    },
  };
}

/** The steps; `world.ids` fill in as answers come. Functions run when their turn comes. */
export function walkSteps(world: World, start: number): PlannedStep[] {
  const kit = kitOf(world, start);
  return [
    ...accountSteps(kit),
    ...recoverySteps(kit),
    ...caseSteps(kit),
    ...paymentSteps(kit),
    ...appealSteps(kit),
    ...officeSteps(kit),
    ...closingSteps(kit),
  ];
}

// POST /api/_sim/worlds/:name — named worlds for QA: a fresh citizen, the demo citizen, unpaid fines, a case
// waiting for documents, an overdue appeal, a visit booked for tomorrow, 10,000 applications. Each is built through the real
// route table (env.inner: no faults, no journal), so a world is what a citizen could have made; each
// answers what a test needs to go on (phone, password, ids).
import * as v from 'valibot';
import { fineCountFor } from '../../domain/payments/fines';
import { moscowDate } from '../../domain/calendar';
import { officeById } from '../../domain/offices/offices';
import { instantOf } from '../../domain/offices/officeTime';
import { firstFreeSlot } from '../../domain/offices/slots';
import { DEMO_CASE_PLANS, planDemoCases } from '../demoData';
import { ApiError, json } from '../http';
import { settleCases } from '../lifecycle';
import { writeManyCases } from '../manyCases';
import type { Handler, RequestContext } from '../router';

export const WORLD_NAMES = [
  'fresh-citizen',
  'demo-citizen',
  'unpaid-fines',
  'documents-requested',
  'overdue-appeal',
  'visit-tomorrow',
  'ten-thousand-applications',
] as const;
export type WorldName = (typeof WORLD_NAMES)[number];

export const WORLD_PASSWORD = 'Zelenyj#Sad7';
const DAY = 86_400_000;
/** How far back the overdue appeal was sent: past the 30-day term of a request. */
const OVERDUE_APPEAL_AGE_MS = 45 * DAY;
const BOOKING_OFFICE = 'mos-mfc-1';
const BOOKING_SERVICE = 'passport';
/** The history a long-time user (or a load test) brings: «Мои заявления» must stay quick with it. */
const MANY_APPLICATIONS = 10_000;

type Call = <T = Record<string, unknown>>(method: string, path: string, body?: unknown, headers?: Record<string, string>) => Promise<T>;

/** Calls the route table from inside a handler; a refusal is this world's failure (500 with the reason). */
function caller(ctx: RequestContext): Call {
  const inner = ctx.env.inner;
  if (!inner) throw new ApiError(501, 'worlds_unavailable', 'This server was built without inner calls');
  return async (method, path, body, headers = {}) => {
    const response = await inner(
      new Request(`${ctx.url.origin}/api${path}`, {
        method,
        headers: body === undefined ? headers : { 'Content-Type': 'application/json', ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    );
    const answer = (await response.json()) as Record<string, unknown>;
    if (!response.ok) throw new ApiError(500, 'world_failed', `Building the world failed at ${method} ${path}: ${JSON.stringify(answer)}`);
    return answer as never;
  };
}

function digits(n: number): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(n)), (b) => String(b % 10)).join('');
}

async function freePhone(ctx: RequestContext): Promise<string> {
  for (;;) {
    const phone = `+7999${digits(7)}`;
    if (!(await ctx.db.accounts.where('phone').equals(phone).count())) return phone;
  }
}

async function lastCode(ctx: RequestContext, to: string): Promise<string> {
  const messages = await ctx.db.inbox.where('to').equals(to).sortBy('id');
  const code = /(\d{6})/.exec(messages.at(-1)?.body ?? '')?.[1];
  if (!code) throw new ApiError(500, 'world_failed', `No code reached ${to}`);
  return code;
}

/** Registers a citizen through the three registration steps; `confirmed` lifts the identity level as a visit to an office would. */
async function citizen(ctx: RequestContext, call: Call, confirmed = false) {
  const phone = await freePhone(ctx);
  const email = `citizen${phone.slice(-7)}@example.ru`;
  const person = { surname: 'Иванова', name: 'Мария', patronymic: 'Петровна', birthDate: '05.03.1990', gender: 'female' as const };
  const { flowId } = await call<{ flowId: string }>('POST', '/auth/register', { phone });
  await call('POST', '/auth/register/verify', { flowId, code: await lastCode(ctx, phone) });
  const { token } = await call<{ token: string }>('POST', '/auth/register/complete', {
    flowId,
    person,
    email,
    password: WORLD_PASSWORD,
    consent: true,
  });
  const account = (await ctx.db.accounts.where('phone').equals(phone).first())!;
  if (confirmed) await ctx.db.accounts.update(account.id, { identityLevel: 'confirmed', identity: { method: 'signature', confirmedAt: ctx.now } });
  return {
    citizen: {
      phone,
      email,
      password: WORLD_PASSWORD,
      accountId: account.id,
      surname: person.surname,
      name: person.name,
      patronymic: person.patronymic,
    },
    auth: { Authorization: `Bearer ${token}` },
  };
}

/** A licence number the registry has fines for and nobody looked up yet. */
async function licenceWithFines(ctx: RequestContext): Promise<string> {
  for (;;) {
    const licence = `77АВ${digits(6)}`;
    if (fineCountFor(licence) > 0 && !(await ctx.db.fines.where('licence').equals(licence).count())) return licence;
  }
}

const BUILDERS: Record<WorldName, (ctx: RequestContext, call: Call) => Promise<Record<string, unknown>>> = {
  'fresh-citizen': async (ctx, call) => (await citizen(ctx, call)).citizen,

  'demo-citizen': async (_ctx, call) => {
    const demo = await call<{ phone: string; email: string; password: string; cases: number }>('POST', '/_sim/seed');
    return { phone: demo.phone, email: demo.email, password: demo.password, cases: demo.cases };
  },

  'unpaid-fines': async (ctx, call) => {
    const { citizen: person, auth } = await citizen(ctx, call);
    const licence = await licenceWithFines(ctx);
    const { fines } = await call<{ fines: { uin: string; payableKopecks: number }[] }>(
      'GET',
      `/fines?licence=${encodeURIComponent(licence)}`,
      undefined,
      auth,
    );
    return { ...person, licence, fines: fines.map((f) => ({ uin: f.uin, payableKopecks: f.payableKopecks })) };
  },

  'documents-requested': async (ctx, call) => {
    const { citizen: person } = await citizen(ctx, call);
    const index = DEMO_CASE_PLANS.findIndex((plan) => plan.scenario === 'documents_requested');
    const row = planDemoCases(ctx.now, person.accountId)[index]!;
    await ctx.db.transaction('rw', ctx.db.cases, ctx.db.changes, async () => {
      await ctx.db.cases.add(row);
      await ctx.recordChange('case', row.id, 'put', row.accountId);
    });
    const [settled] = await settleCases(ctx, async () => [(await ctx.db.cases.get(row.id))!]);
    if (settled?.status !== 'documents_requested') throw new ApiError(500, 'world_failed', `The case came out ${settled?.status}`);
    return { ...person, caseId: row.id, caseNumber: settled.number, serviceId: row.serviceId };
  },

  'overdue-appeal': async (ctx, call) => {
    // Sent in the past through the real route, then time comes back: the department let its term pass.
    const back = new Date(ctx.now - OVERDUE_APPEAL_AGE_MS).toISOString();
    const { speed } = await call<{ speed: number }>('GET', '/_sim/clock');
    await call('POST', '/_sim/clock', { set: back, speed: 0 });
    try {
      const { citizen: person, auth } = await citizen(ctx, call, true);
      const appeal = await call<{ id: string; number: string }>(
        'POST',
        '/appeals',
        {
          draftId: crypto.randomUUID(),
          type: 'request',
          topic: 'general',
          subject: 'Как получить справку о составе семьи',
          description: 'Подскажите, в какой срок выдаётся справка и нужен ли личный визит.',
          priority: 'low',
          contacts: { name: `${person.surname} ${person.name}`, phone: person.phone, email: person.email },
        },
        { ...auth, 'X-Okno-Appeal-Scenario': 'overdue' },
      );
      return { ...person, appealId: appeal.id, appealNumber: appeal.number };
    } finally {
      await call('POST', '/_sim/clock', { set: new Date(ctx.now).toISOString(), speed });
    }
  },

  'visit-tomorrow': async (ctx, call) => {
    const { citizen: person, auth } = await citizen(ctx, call);
    const office = officeById(BOOKING_OFFICE)!;
    const tomorrow = moscowDate(ctx.now + DAY);
    const { offices } = await call<{ offices: { held: { startsAt: number; doctorId?: string }[] }[] }>(
      'GET',
      `/offices/availability?ids=${BOOKING_OFFICE}`,
    );
    const held = (offices[0]?.held ?? []).map((h) => ({ ...h, officeId: BOOKING_OFFICE }));
    const slot = firstFreeSlot(office, BOOKING_SERVICE, instantOf(tomorrow, 0, 180), held);
    if (!slot) throw new ApiError(500, 'world_failed', 'The office has no free time');
    const booked = await call<{ id: string }>(
      'POST',
      '/bookings',
      { officeId: BOOKING_OFFICE, serviceId: BOOKING_SERVICE, startsAt: slot.startsAt },
      auth,
    );
    const confirmed = await call<{ id: string; ticket: string; startsAt: number }>('POST', `/bookings/${booked.id}/confirm`, {}, auth);
    return { ...person, bookingId: confirmed.id, ticket: confirmed.ticket, startsAt: confirmed.startsAt, officeId: BOOKING_OFFICE };
  },

  // Written in bulk rather than sent one by one (see manyCases.ts): the citizen is real, the rows as the handlers store them.
  'ten-thousand-applications': async (ctx, call) => {
    const { citizen: person } = await citizen(ctx, call);
    const applications = await writeManyCases(ctx, person.accountId, MANY_APPLICATIONS);
    return { ...person, applications };
  },
};

export const postWorld: Handler = async (ctx) => {
  const name = v.safeParse(v.picklist(WORLD_NAMES), ctx.params.name);
  if (!name.success) throw new ApiError(404, 'unknown_world', `Unknown world; known: ${WORLD_NAMES.join(', ')}`);
  const world = await BUILDERS[name.output](ctx, caller(ctx));
  return json({ world: name.output, ...world }, 201);
};

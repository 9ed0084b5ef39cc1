import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { APPLICATION_STATUSES } from '../domain/application';
import { formSchema } from '../domain/catalog/formSchema';
import { SERVICES } from '../domain/catalog/services';
import { moscowTime } from '../domain/calendar';
import { PasswordSchema } from '../domain/password';
import { createProfileSchema } from '../domain/profile';
import { DEMO_CASE_PLANS, DEMO_CITIZEN, demoProfileInput, planDemoCases } from './demoData';
import { stateOf } from './lifecycle';
import { createTestServer, T0, type TestServer } from './testServer';

const DAY = 86_400_000;
const HOUR = 3_600_000;

// Moments a demo stand may be seeded at: a working morning, a Friday just before closing, a Saturday
// night, the middle of the New Year holidays, the day after a spring holiday, 3 a.m. on a Wednesday.
const NOWS = {
  'test server T0': T0,
  'Friday 17:55': moscowTime('2026-10-30', 17, 55),
  'Saturday 22:00': moscowTime('2026-11-07', 22),
  'New Year holidays': moscowTime('2027-01-04', 12),
  'after 8 March': moscowTime('2027-03-09', 9, 5),
  'Wednesday 03:00': moscowTime('2026-06-17', 3),
};

describe('demo data plan', () => {
  it('the citizen is valid: profile schema, password rules', () => {
    expect(v.safeParse(createProfileSchema('2026-03-02'), demoProfileInput()).success).toBe(true);
    expect(v.safeParse(PasswordSchema, DEMO_CITIZEN.password).success).toBe(true);
  });

  it.each(Object.entries(NOWS))('at %s every status appears, and each case reaches the state it was planned for', (_, now) => {
    const rows = planDemoCases(now, 'acc');
    expect(rows).toHaveLength(DEMO_CASE_PLANS.length);
    const states = rows.map((row) => stateOf(row, now));
    rows.forEach((row, i) => expect(DEMO_CASE_PLANS[i]!.target(states[i]!, now), `${row.serviceId} (${DEMO_CASE_PLANS[i]!.scenario})`).toBe(true));
    expect(new Set(states.map((s) => s.status))).toEqual(new Set(APPLICATION_STATUSES));
    // Office and post results both wait for the citizen; requested documents are still due.
    expect(states.some((s) => s.status === 'ready' && s.pickupDeadline! > now)).toBe(true);
    expect(states.some((s) => s.status === 'ready' && s.tracking.at(-1)?.stage === 'in_transit')).toBe(true);
    expect(states.some((s) => s.status === 'documents_requested' && s.request!.deadline > now)).toBe(true);
    expect(new Set(states.flatMap((s) => (s.rejection ? [s.rejection.reason] : []))).size).toBeGreaterThanOrEqual(2);
    for (const row of rows) {
      expect(row.submittedAt).toBeLessThanOrEqual(now);
      expect(now - row.submittedAt).toBeLessThanOrEqual(60 * DAY);
    }
  });

  it("every case's answers pass its service's form schema and the service offers its way of receiving", () => {
    for (const row of planDemoCases(T0, 'acc')) {
      const service = SERVICES.find((s) => s.id === row.serviceId)!;
      const checked = v.safeParse(formSchema(service.steps, row.answers), row.answers);
      expect(checked.success ? [] : checked.issues.map((i) => `${v.getDotPath(i)}: ${i.message}`), row.serviceId).toEqual([]);
      expect(service.results).toContain(row.resultWay);
      // Fee services would need a payment the demo cannot show.
      expect(service.fee, row.serviceId).toBeNull();
    }
  });

  it('is the same plan for the same moment', () => {
    expect(planDemoCases(T0, 'acc')).toEqual(planDemoCases(T0, 'acc'));
  });
});

describe('POST /api/_sim/seed', () => {
  let server: TestServer;
  beforeEach(() => {
    server = createTestServer();
  });
  afterEach(() => server.close());

  it('creates a confirmed citizen who signs in and sees every status and notices; a second seed adds nothing', async () => {
    const started = performance.now();
    const seeded = await server.post<{ phone: string; email: string; password: string; cases: number; created: boolean }>('/_sim/seed', {});
    expect(performance.now() - started, 'seeding time (ms)').toBeLessThan(5000);
    expect(seeded.status).toBe(201);
    expect(seeded.body).toEqual({ ...DEMO_CITIZEN, cases: DEMO_CASE_PLANS.length, created: true });

    const login = await server.post<{ step: string; grant: { token: string; account: { identityLevel: string } } }>('/auth/login', {
      login: seeded.body.phone,
      password: seeded.body.password,
    });
    expect(login.status).toBe(200);
    expect(login.body.step).toBe('done');
    expect(login.body.grant.account.identityLevel).toBe('confirmed');
    const auth = { Authorization: `Bearer ${login.body.grant.token}` };

    const profile = await server.get<{ profile: { passport?: unknown; snils?: string; registrationAddress?: unknown } }>('/me/profile', auth);
    expect(profile.body.profile).toMatchObject({ snils: '134-562-871 67', passport: expect.any(Object), registrationAddress: expect.any(Object) });

    const list = await server.get<{ status: string; number: string; timeline: unknown[] }[]>('/applications', auth);
    expect(list.status).toBe(200);
    expect(list.body).toHaveLength(DEMO_CASE_PLANS.length);
    expect(new Set(list.body.map((c) => c.status))).toEqual(new Set(APPLICATION_STATUSES));
    expect(new Set(list.body.map((c) => c.number)).size).toBe(list.body.length);

    const notices = await server.get<{ unread: number; notices: { kind: string }[] }>('/notifications', auth);
    const kinds = new Set(notices.body.notices.map((n) => n.kind));
    for (const kind of ['registered', 'documents_requested', 'ready', 'rejected', 'issued']) expect(kinds).toContain(kind);
    const sms = await server.db.inbox.where('to').equals(DEMO_CITIZEN.phone).count();
    expect(sms).toBeGreaterThan(DEMO_CASE_PLANS.length);

    const again = await server.post<{ cases: number; created: boolean }>('/_sim/seed', {});
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ phone: DEMO_CITIZEN.phone, cases: DEMO_CASE_PLANS.length, created: false });
    expect(await server.db.accounts.count()).toBe(1);
    expect(await server.db.cases.count()).toBe(DEMO_CASE_PLANS.length);
  });

  it('two presses at once make one citizen', async () => {
    const [a, b] = await Promise.all([server.post('/_sim/seed', {}), server.post('/_sim/seed', {})]);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    expect(await server.db.accounts.count()).toBe(1);
    expect(await server.db.cases.count()).toBe(DEMO_CASE_PLANS.length);
  });

  it('the cases keep moving with the clock after seeding', async () => {
    await server.post('/_sim/seed', {});
    const before = await server.db.cases.toArray();
    await server.post('/_sim/clock', { advanceMs: 2 * HOUR + 30 * DAY });
    const after = await server.db.cases.toArray();
    expect(after.filter((row) => row.status !== before.find((b) => b.id === row.id)!.status).length).toBeGreaterThan(0);
  });
});

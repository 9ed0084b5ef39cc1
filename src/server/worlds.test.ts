// QA's named worlds: each is built through the real routes and answers what a test needs to go on.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from './testServer';

let server: TestServer;
beforeEach(() => {
  server = createTestServer();
});
afterEach(() => server.close());

type Citizen = { phone: string; password: string; accountId: string };
const world = <T>(name: string) => server.post<T & Citizen & { world: string }>(`/_sim/worlds/${name}`, {});
const signIn = async (c: Citizen) => {
  const login = await server.post<{ grant?: { token: string } }>('/auth/login', { login: c.phone, password: c.password });
  expect(login.status, JSON.stringify(login.body)).toBe(200);
  return { Authorization: `Bearer ${login.body.grant?.token}` };
};

describe('worlds', () => {
  it('a fresh citizen signs in with the phone and password it answers', async () => {
    const made = await world<{ email: string }>('fresh-citizen');
    expect(made.status).toBe(201);
    expect(made.body.phone).toMatch(/^\+7999\d{7}$/);
    const auth = await signIn(made.body);
    expect((await server.get<{ phone: string }>('/me', auth)).body.phone).toBe(made.body.phone);
    const other = await world('fresh-citizen');
    expect(other.body.phone).not.toBe(made.body.phone);
  });

  it('the demo citizen is the one POST /_sim/seed makes, with its cases', async () => {
    const made = await world<{ cases: number }>('demo-citizen');
    expect(made.body.phone).toBe('+79035550142');
    expect(made.body.cases).toBeGreaterThan(5);
  });

  it('unpaid fines: the licence it answers has unpaid fines for that citizen', async () => {
    const made = await world<{ licence: string; fines: { uin: string }[] }>('unpaid-fines');
    expect(made.body.fines.length).toBeGreaterThan(0);
    const auth = await signIn(made.body);
    const read = await server.get<{ fines: { uin: string; status: string }[] }>(`/fines?licence=${encodeURIComponent(made.body.licence)}`, auth);
    expect(read.body.fines.map((f) => f.status)).toEqual(made.body.fines.map(() => 'unpaid'));
  });

  it('documents requested: the citizen sees the case waiting for documents', async () => {
    const made = await world<{ caseId: string }>('documents-requested');
    const auth = await signIn(made.body);
    const read = await server.get<{ status: string }>(`/applications/${made.body.caseId}`, auth);
    expect(read.body.status).toBe('documents_requested');
  });

  it('overdue appeal: the term has passed unanswered, and the clock is back where it was', async () => {
    const before = (await server.get<{ nowMs: number }>('/_sim/clock')).body.nowMs;
    const made = await world<{ appealId: string }>('overdue-appeal');
    expect((await server.get<{ nowMs: number; speed: number }>('/_sim/clock')).body).toMatchObject({ nowMs: before, speed: 1 });
    const auth = await signIn(made.body);
    const read = await server.get<{ status: string; deadline: number; breachedAt?: number }>(`/appeals/${made.body.appealId}`, auth);
    expect(read.status).toBe(200);
    // «Не обработано»: the department let the term pass.
    expect(read.body.status).toBe('unprocessed');
    expect(read.body.breachedAt).toBe(read.body.deadline);
    expect(read.body.deadline).toBeLessThan(before);
  });

  it('visit tomorrow: a confirmed booking on the next day the office opens, tomorrow when it does', async () => {
    const made = await world<{ bookingId: string; startsAt: number; ticket: string }>('visit-tomorrow');
    const auth = await signIn(made.body);
    const read = await server.get<{ status: string; startsAt: number }>(`/bookings/${made.body.bookingId}`, auth);
    expect(read.body.status).toBe('confirmed');
    // T0 is Monday: tomorrow is a Tuesday, an opening day of the office.
    const moscow = (ms: number) => new Date(ms + 3 * 3_600_000).toISOString().slice(0, 10);
    expect(moscow(read.body.startsAt)).toBe('2026-03-03');
  });

  it("ten thousand applications: all the citizen's, each listed, newest first, and on the change feed", async () => {
    const made = await world<{ applications: number }>('ten-thousand-applications');
    expect(made.body.applications).toBe(10_000);
    const auth = await signIn(made.body);
    const list = await server.get<{ number: string; status: string; submittedAt: number }[]>('/applications', auth);
    expect(list.status).toBe(200);
    expect(list.body).toHaveLength(10_000);
    expect(list.body[0]!.submittedAt).toBeGreaterThan(list.body[1]!.submittedAt);
    expect(new Set(list.body.slice(0, 7).map((c) => c.status)).size).toBe(7);
    const feed = await server.get<{ changes: { entity: string }[]; more: boolean }>('/changes?since=0', auth);
    expect(feed.body.changes.filter((c) => c.entity === 'case').length).toBeGreaterThan(0);
    expect(feed.body.more).toBe(true);
  });

  it('an unknown world is a 404 naming the known ones', async () => {
    const made = await server.post<{ error: { code: string; message: string } }>('/_sim/worlds/mars', {});
    expect(made.status).toBe(404);
    expect(made.body.error.message).toContain('fresh-citizen');
  });
});

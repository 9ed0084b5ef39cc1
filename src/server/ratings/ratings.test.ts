// «Оценить услугу» in the mock backend: who may rate what and when, and the public statistics.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseRow } from '../rows';
import { createTestServer, T0, type TestServer } from '../testServer';
import { DEMO_STARS } from './demoRatings';

const DAY = 86_400_000;
const SERVICE = 'criminal-record-certificate';
let server: TestServer;

beforeEach(() => void (server = createTestServer()));
afterEach(() => server.close());

async function caseOf(accountId: string, number: string, scenario: CaseRow['scenario'] = 'happy'): Promise<string> {
  const id = crypto.randomUUID();
  await server.db.cases.add({
    id,
    accountId,
    draftId: crypto.randomUUID(),
    number,
    serviceId: SERVICE,
    answers: {},
    resultWay: 'office',
    submittedAt: T0,
    scenario,
    seed: number,
    validityMonths: 1,
    events: [],
    status: 'sent',
    updatedAt: T0,
    timeline: [{ at: T0, status: 'sent' }],
    next: T0,
  });
  return id;
}

type View = { status: string; rating?: { stars: number; comment?: string; at: number } };
type Stats = { count: number; mean: number | null; stars: number[] };
const rate = (id: string, body: unknown, auth: Record<string, string>) =>
  server.send<View & { error?: unknown }>('PUT', `/applications/${id}/rating`, body, auth);

describe('rating a service', () => {
  it('is refused before the result is ready, then taken once per application and changed by rating again', async () => {
    const { auth, accountId } = await server.registerCitizen();
    const id = await caseOf(accountId, '2026-AAAA-0001');
    const early = await rate(id, { stars: 5 }, auth);
    expect(early.status).toBe(409);
    expect(early.body.error).toMatchObject({ code: 'not_rateable', data: { status: 'sent' } });
    await server.post('/_sim/clock', { advanceMs: 40 * DAY, keepSessions: true });
    const first = await rate(id, { stars: 2, comment: '  Долго  ' }, auth);
    expect(first.status).toBe(200);
    expect(first.body.status).toBe('ready');
    expect(first.body.rating).toMatchObject({ stars: 2, comment: 'Долго' });
    const second = await rate(id, { stars: 4 }, auth);
    expect(second.body.rating).toMatchObject({ stars: 4 });
    expect(second.body.rating?.comment).toBeUndefined();
    expect(await server.db.ratings.count()).toBe(1);
    // The case carries it to the device through the change feed.
    const feed = await server.get<{ changes: { entity: string; row?: View }[] }>('/changes?since=0', auth);
    expect(feed.body.changes.filter((c) => c.entity === 'case').at(-1)?.row?.rating?.stars).toBe(4);
  });

  it('names a bad rating on its field and lets nobody rate another person’s application', async () => {
    const owner = await server.registerCitizen();
    const other = await server.registerCitizen('+79120000001', 'other@example.ru');
    const id = await caseOf(owner.accountId, '2026-AAAA-0002');
    await server.post('/_sim/clock', { advanceMs: 40 * DAY, keepSessions: true });
    expect((await rate(id, { stars: 6 }, owner.auth)).status).toBe(422);
    const long = await rate(id, { stars: 3, comment: 'я'.repeat(501) }, owner.auth);
    expect(long.status).toBe(422);
    expect(JSON.stringify(long.body)).toContain('rating_comment_long');
    expect((await rate(id, { stars: 3 }, other.auth)).status).toBe(404);
    expect(await server.db.ratings.count()).toBe(0);
  });

  it('sums every account’s ratings for the service page, anonymously', async () => {
    const empty = await server.get<Stats>(`/catalog/services/${SERVICE}/ratings`);
    expect(empty.body).toEqual({ serviceId: SERVICE, count: 0, mean: null, stars: [0, 0, 0, 0, 0] });
    const a = await server.registerCitizen();
    const b = await server.registerCitizen('+79120000001', 'other@example.ru');
    const first = await caseOf(a.accountId, '2026-AAAA-0003');
    const second = await caseOf(b.accountId, '2026-AAAA-0004');
    await server.post('/_sim/clock', { advanceMs: 40 * DAY, keepSessions: true });
    await rate(first, { stars: 5, comment: 'Спасибо' }, a.auth);
    await rate(second, { stars: 4 }, b.auth);
    const stats = await server.get<Stats & Record<string, unknown>>(`/catalog/services/${SERVICE}/ratings`);
    expect(stats.body).toEqual({ serviceId: SERVICE, count: 2, mean: 4.5, stars: [0, 0, 0, 1, 1] });
    expect(JSON.stringify(stats.body)).not.toContain('Спасибо');
    expect((await server.get('/catalog/services/no-such-service/ratings')).status).toBe(404);
  });

  it('the demo seed gives services statistics and the demo citizen one rating of her own, seen only by her', async () => {
    await server.post('/_sim/seed', {});
    const stats = await server.get<Stats>('/catalog/services/residence-certificate/ratings');
    expect(stats.body.count).toBeGreaterThanOrEqual(DEMO_STARS['residence-certificate']!.length);
    expect(stats.body.mean).toBeGreaterThan(3);
    const own = (await server.db.cases.toArray()).filter((row) => row.rating);
    expect(own).toHaveLength(1);
    expect(own[0]!.status).toBe('issued');
    const other = await server.registerCitizen('+79120000001', 'other@example.ru');
    const feed = await server.get<{ changes: { row?: View }[] }>('/changes?since=0', other.auth);
    expect(feed.body.changes.some((c) => c.row?.rating)).toBe(false);
  });
});

// The server a route fuzz runs against: two citizens, a staff session, A's case and an open code flow,
// over fake-indexeddb; what a request may break (sessions, the PIN, faults, a stand reset) is put back
// after it, so every request meets the same world and faults never hide a real answer. Test-only.
import type { FuzzBody, FuzzRequest } from './requestArbitrary';
import { createTestServer, type TestServer } from '../testServer';

export interface FuzzTarget {
  server: TestServer;
  /** Citizen A's bearer header. */
  citizenA: Record<string, string>;
  /** Builds the real Request (placeholders filled in); null when no browser could send it (e.g. a GET with a body). */
  build(request: FuzzRequest): Request | null;
  /** Puts back the world as it was after set-up. */
  restore(): Promise<void>;
}

const RESTORED = ['accounts', 'sessions', 'staffSessions', 'cases', 'codes'] as const;

export async function createFuzzTarget(): Promise<FuzzTarget> {
  const server = createTestServer();
  const a = await server.registerCitizen('+79120000001', 'a@example.ru');
  const b = await server.registerCitizen('+79120000002', 'b@example.ru');
  const staff = (await server.staff())['X-Okno-Operator']!;
  await server.db.cases.put({
    id: 'case-of-a',
    accountId: a.accountId,
    draftId: 'draft-of-a',
    number: '2026-AAAA-BBBB',
    serviceId: 'residence-certificate',
    answers: { surname: 'Иванова' },
    resultWay: 'electronic',
    submittedAt: 0,
    scenario: 'manual',
    seed: 's',
    validityMonths: 0,
    events: [],
    status: 'sent',
    updatedAt: 0,
    timeline: [{ at: 0, status: 'sent' }],
  } as never);
  const flow = await server.post<{ flowId: string }>('/auth/register', { phone: '+79120000003' });
  const values: Record<string, string> = {
    '{caseA}': 'case-of-a',
    '{accountA}': a.accountId,
    '{flowId}': flow.body.flowId,
    '{citizenA}': a.token,
    '{citizenB}': b.token,
    '{staff}': staff,
    '{handsetA}': a.handset,
  };
  const fill = (text: string) => text.replace(/\{[a-zA-Z]+\}/g, (name) => values[name] ?? name);
  const snapshot = Object.fromEntries(
    await Promise.all([...RESTORED, 'settings'].map(async (name) => [name, await server.db.table(name).toArray()] as const)),
  );

  return {
    server,
    citizenA: a.auth,
    build(request) {
      const url = new URL(`http://localhost${fill(request.path)}`);
      for (const [key, value] of request.query) url.searchParams.append(key, fill(value));
      const headers = new Headers();
      for (const [key, value] of request.headers) headers.set(key, fill(value));
      try {
        const probe = new Request(url, { method: request.method });
        const hasBody = probe.method !== 'GET' && probe.method !== 'HEAD' && request.body.kind !== 'none';
        return new Request(url, { method: request.method, headers, body: hasBody ? bodyOf(request.body, fill) : undefined });
      } catch {
        return null; // a method or header value no browser would send (fetch refuses it before any server)
      }
    },
    async restore() {
      await server.db.transaction(
        'rw',
        [...RESTORED, 'settings'].map((name) => server.db.table(name)),
        async () => {
          await server.db.settings.clear();
          for (const [name, rows] of Object.entries(snapshot)) await server.db.table(name).bulkPut(rows);
        },
      );
    },
  };
}

function bodyOf(body: FuzzBody, fill: (text: string) => string): BodyInit {
  switch (body.kind) {
    case 'json':
      return fill(JSON.stringify(body.value) ?? 'undefined');
    case 'text':
      return body.text;
    case 'bytes':
      return body.bytes as Uint8Array<ArrayBuffer>;
    case 'form': {
      const form = new FormData();
      for (const [name, value] of body.fields)
        form.append(
          name,
          typeof value === 'string' ? fill(value) : new File([value.bytes as Uint8Array<ArrayBuffer>], value.name, { type: value.type }),
        );
      return form;
    }
    default:
      return '';
  }
}

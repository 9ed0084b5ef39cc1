import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PIN_PATTERN } from '../../domain/operatorPin';

vi.mock('../../client/serviceWorker', () => ({ whenControlled: () => Promise.resolve() }));
const { actOnCase, ACTION_NAMES, listCases, OPERATOR_PIN_KEY, queuePath, readPin, writePin } = await import('./operatorApi');

function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (key) => data.get(key) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (key) => void data.delete(key),
    setItem: (key, value) => void data.set(key, String(value)),
  };
}

const sample = {
  id: 'c1',
  number: '2025-ABCD-EFGH',
  serviceId: 'criminal-record-certificate',
  status: 'sent',
  submittedAt: 1,
  updatedAt: 2,
  resultWay: 'electronic',
  answers: { surname: 'Иванова' },
  timeline: [{ at: 1, status: 'sent' }],
  applicant: 'Иванова Мария',
  actions: ['accept', 'reject'],
};

describe('operator PIN storage', () => {
  beforeEach(() => vi.stubGlobal('sessionStorage', memoryStorage()));
  afterEach(() => vi.unstubAllGlobals());

  it('keeps the staff token for the tab under okno.operatorToken and forgets it on sign-out', () => {
    expect(readPin()).toBeNull();
    writePin('1234');
    expect(OPERATOR_PIN_KEY).toBe('okno.operatorToken');
    expect(sessionStorage.getItem(OPERATOR_PIN_KEY)).toBe('1234');
    expect(readPin()).toBe('1234');
    writePin(null);
    expect(readPin()).toBeNull();
  });

  it('counts storage that throws as signed out instead of failing', () => {
    vi.stubGlobal('sessionStorage', {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    });
    expect(() => writePin('1234')).not.toThrow();
    expect(readPin()).toBeNull();
  });

  it('accepts only 4 to 8 digits, as the server does', () => {
    expect(['1234', '12345678'].every((pin) => PIN_PATTERN.test(pin))).toBe(true);
    expect(['123', '123456789', '12a4', ' 1234', ''].some((pin) => PIN_PATTERN.test(pin))).toBe(false);
  });
});

describe('queuePath', () => {
  it('leaves unset filters out and trims the number search', () => {
    expect(queuePath({})).toBe('/operator/cases');
    expect(queuePath({ q: '   ' })).toBe('/operator/cases');
    expect(queuePath({ status: 'sent', service: 'residence-certificate', q: ' 7k3m ' })).toBe(
      '/operator/cases?status=sent&service=residence-certificate&q=7k3m',
    );
  });

  it('encodes what the operator typed', () => {
    expect(queuePath({ q: 'a&b=c' })).toBe('/operator/cases?q=a%26b%3Dc');
  });
});

describe('operator calls', () => {
  const calls: { url: string; init: RequestInit }[] = [];
  beforeEach(() => {
    calls.length = 0;
    vi.stubGlobal('sessionStorage', memoryStorage());
    vi.stubGlobal('localStorage', memoryStorage());
    vi.stubGlobal('navigator', { userAgent: 'Chrome/130 Linux' });
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      const body = url.endsWith('/action') ? { ...sample, status: 'accepted', actions: ['reject'] } : { total: 1, cases: [sample] };
      return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('sends the staff token in X-Okno-Operator and reads the queue with its applicant and actions', async () => {
    const queue = await listCases('4321', { status: 'sent' });
    expect(calls[0]!.url).toBe('/api/operator/cases?status=sent');
    expect((calls[0]!.init.headers as Record<string, string>)['X-Okno-Operator']).toBe('4321');
    expect(queue.cases[0]!.applicant).toBe('Иванова Мария');
    expect(queue.cases[0]!.actions).toEqual(['accept', 'reject']);
  });

  it('posts an action as JSON and answers the updated case', async () => {
    const updated = await actOnCase('4321', 'c/1', { action: 'accept', comment: 'ok' });
    expect(calls[0]!.url).toBe('/api/operator/cases/c%2F1/action');
    expect(calls[0]!.init.method).toBe('POST');
    expect(JSON.parse(String(calls[0]!.init.body))).toEqual({ action: 'accept', comment: 'ok' });
    expect(updated.status).toBe('accepted');
  });

  it('knows every action the server may list', () => {
    expect(ACTION_NAMES).toEqual(['accept', 'request_documents', 'reject', 'ready', 'issue']);
  });
});

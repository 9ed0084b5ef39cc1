// Issue 17.9, operator brute force refused: what sharedDevice.test.ts leaves out. The locks keep growing
// (1, 5, 15, then 60 minutes), guessing through «change the PIN» counts against the same lock as the
// console's sign-in, and the lock holds on the real clock however far the simulated one is moved. The
// figure: how long the whole 4-digit space would take an attacker at the allowed rate.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCKOUT_THRESHOLD, lockoutDelayMs } from '../../domain/lockout';
import { createTestServer, type TestServer } from '../testServer';

let server: TestServer;
beforeEach(() => {
  server = createTestServer();
});
afterEach(async () => {
  await server.close();
});

type Err = { error: { code: string; data?: { until?: string } } };
const MINUTE = 60_000;

describe('operator PIN brute force', () => {
  it('counts guesses made through a PIN change against the console’s lock, which the simulated clock cannot shorten', async () => {
    await server.post('/_sim/operator', { pin: '2468' });
    // Four guesses at the console, the fifth through «change the PIN»: one counter, so the fifth locks.
    for (const pin of ['0000', '1111', '2222', '3333']) expect((await server.post('/operator/check', { pin })).status).toBe(403);
    const viaChange = await server.post<Err>('/_sim/operator', { pin: '9999', currentPin: '4444' });
    expect(viaChange.body.error.code).toBe('operator_pin_wrong');
    expect((await server.post<Err>('/_sim/operator', { pin: '9999', currentPin: '2468' })).body.error.code).toBe('operator_locked');

    // Wait the lock out minute by minute of real time while anyone moves the simulated clock a day on:
    // the right PIN opens the console only after the real minute.
    let waited = 0;
    while ((await server.post<Err>('/operator/check', { pin: '2468' })).status === 429) {
      await server.post('/_sim/clock', { advanceMs: 24 * 60 * MINUTE });
      server.wait(MINUTE / 4);
      waited += MINUTE / 4;
    }
    expect(waited).toBe(MINUTE);
    const audit = (await server.db.operatorAudit.toArray()).map((row) => row.action);
    expect(audit.filter((a) => a === 'pin_change_refused')).toHaveLength(1);
    expect(audit.filter((a) => a === 'sign_in_refused')).toHaveLength(4);
    expect(audit.at(-1)).toBe('sign_in');
  });

  it('keeps growing a run of wrong PINs: 1, 5, 15, then 60 minutes', async () => {
    await server.post('/_sim/operator', { pin: '2468' });
    for (let i = 0; i < LOCKOUT_THRESHOLD - 1; i++) await server.post('/operator/check', { pin: '0000' });
    const spans: number[] = [];
    for (let failure = LOCKOUT_THRESHOLD; failure < LOCKOUT_THRESHOLD + 5; failure++) {
      const refused = await server.post<Err>('/operator/check', { pin: '0000' });
      expect(refused.status, `failure ${failure}`).toBe(403);
      const locked = await server.post<Err>('/operator/check', { pin: '0000' });
      expect(locked.body.error.code).toBe('operator_locked');
      spans.push(Date.parse(locked.body.error.data!.until!) - (await server.get<{ nowMs: number }>('/_sim/clock')).body.nowMs);
      server.wait(lockoutDelayMs(failure));
    }
    expect(spans).toEqual([1, 5, 15, 60, 60].map((m) => m * MINUTE));
  });

  it('makes the 4-digit space take more than a year at the allowed rate', () => {
    // An attacker who knows the rules: the five free guesses, then one guess per lock.
    let guesses = 0;
    let elapsed = 0;
    for (let failure = 1; guesses < 10_000; failure++) {
      guesses += 1;
      elapsed += lockoutDelayMs(failure);
    }
    const days = elapsed / (24 * 60 * MINUTE);
    console.log(`operator PIN: 10,000 guesses need ${days.toFixed(0)} days of real time`);
    expect(days).toBeGreaterThan(365);
  });
});

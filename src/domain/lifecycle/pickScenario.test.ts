import { describe, expect, it } from 'vitest';
import { pickScenario } from './pickScenario';

describe('pickScenario', () => {
  it('keeps a named scenario and splits a rejection into its reason', () => {
    expect(pickScenario('slow', 'a')).toEqual({ scenario: 'slow' });
    expect(pickScenario('rejected:data_mismatch', 'a')).toEqual({ scenario: 'rejected', rejectReason: 'data_mismatch' });
  });

  it('draws random stories from the seed: the same seed, the same story; all stories occur', () => {
    expect(pickScenario('random', 'seed-7')).toEqual(pickScenario('random', 'seed-7'));
    const drawn = new Set(Array.from({ length: 400 }, (_, i) => pickScenario('random', `s${i}`).scenario));
    expect([...drawn].sort()).toEqual(['documents_requested', 'happy', 'rejected', 'slow', 'technical_failure']);
  });
});

// The fuzz suites' seed: fixed by default, so CI runs the same inputs every time and a failure there is
// a failure on any machine; OKNO_FUZZ_SEED=<integer> replays another run, OKNO_FUZZ_SEED=random explores.
export const DEFAULT_FUZZ_SEED = 20_261_130;

export function fuzzSeed(): number {
  const raw = process.env.OKNO_FUZZ_SEED;
  if (raw === undefined || raw === '') return DEFAULT_FUZZ_SEED;
  if (raw === 'random') return Math.floor(Math.random() * 2 ** 31);
  const seed = Number(raw);
  if (!Number.isSafeInteger(seed)) throw new Error(`OKNO_FUZZ_SEED must be an integer or "random", not ${raw}`);
  return seed;
}

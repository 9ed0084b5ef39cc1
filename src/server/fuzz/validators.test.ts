// Issue 17.9: 10,000 generated inputs per validator and not one exception. Each schema of validators.ts
// gets a shared pool of JSON-ish junk (fast-check), near-valid values built from its own shape
// (fast-check), and seeded mutations of those, all through the server's own parse path (parseWith: the
// array-for-object guard, safeParse, the field codes): it must answer a value or a 422 whose fields carry
// only documented validation codes. Seeded: OKNO_FUZZ_SEED=<n> replays a run (see README).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../domain/seededRandom';
import { isValidationCode } from '../../domain/validationCodes';
import { ApiError, parseWith } from '../http';
import { mutate } from './mutate';
import { junk, nearValid } from './schemaArbitrary';
import { fuzzSeed } from './seed';
import { allValidators } from './validators';

export const INPUTS_PER_VALIDATOR = 10_000;
/** Of each validator's 10,000: drawn from the shared junk pool, drawn from its shape, and mutations of those. */
const POOL = 5_000;
const SHAPED = 400;
const MUTATED = INPUTS_PER_VALIDATOR - POOL - SHAPED;

const validators = allValidators();
const seed = fuzzSeed();

/** Throws unless the schema answered in one of the two allowed ways. */
function judge(schema: Parameters<typeof parseWith>[0], input: unknown): void {
  try {
    parseWith(schema, input);
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 422) throw error;
    const bad = Object.entries(error.fields ?? {}).filter(([, code]) => !isValidationCode(code));
    if (bad.length > 0) throw new Error(`undocumented codes ${JSON.stringify(bad)}`);
  }
}

const show = (input: unknown) => fc.stringify(input).slice(0, 400);

describe(`10,000 generated inputs per validator (seed ${seed})`, () => {
  it('finds the schemas: every exported one, the run-time ones and each field rule', () => {
    expect(validators.length).toBeGreaterThan(150);
    const names = validators.map((entry) => entry.name);
    expect(names).toContain('form:residence-certificate');
    expect(names.some((name) => name.endsWith('#OperatorActionSchema'))).toBe(true);
  });

  it('never throws on any validator, and every field code is documented', () => {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const pool = fc.sample(junk, { seed, numRuns: POOL });
    const failures: string[] = [];
    let inputs = 0;
    for (const [index, { name, schema }] of validators.entries()) {
      const shaped = fc.sample(nearValid(schema), { seed: seed + index + 1, numRuns: SHAPED });
      const random = seededRandom(`${seed}:${name}`);
      const run = (input: unknown, what: string) => {
        inputs += 1;
        try {
          judge(schema, input);
        } catch (error) {
          if (failures.length < 20) failures.push(`${name} (${what}): ${String(error)}\n  input: ${show(input)}`);
        }
      };
      pool.forEach((input, i) => run(input, `pool #${i}`));
      shaped.forEach((input, i) => run(input, `shaped #${i}`));
      for (let i = 0; i < MUTATED; i++) run(mutate(random, shaped[i % SHAPED], pool), `mutation #${i}`);
    }
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    const cpuSeconds = (used.user + used.system) / 1e6;
    console.log(
      `validator fuzz: ${validators.length} validators × ${INPUTS_PER_VALIDATOR} = ${inputs} inputs in ${seconds.toFixed(1)} s (${cpuSeconds.toFixed(1)} s of CPU), seed ${seed}`,
    );
    expect(failures, `replay with OKNO_FUZZ_SEED=${seed}`).toEqual([]);
    expect(inputs).toBe(validators.length * INPUTS_PER_VALIDATOR);
  }, 600_000); // a hang guard for a loaded CI, not a budget: alone on two cores it takes ~40 s of CPU
});

// Every valibot schema the mock server, the workers and the page validate with: each exported schema of
// src/domain and src/server, the schemas built at run time (a service's form, the profile, an appeal, a
// card, a patient, a callback) and each field rule of the catalog. Test-only.
import type * as v from 'valibot';
import { SERVICES } from '../../domain/catalog/services';
import { FIELD_RULES, formSchema } from '../../domain/catalog/formSchema';
import { createProfileSchema } from '../../domain/profile';
import { appealInputSchema } from '../../domain/appeals/input';
import { callbackSchema } from '../../domain/appeals/supportInput';
import { createCardSchema } from '../../domain/payments/card';
import { createPatientFormSchema } from '../../domain/offices/patient';
import { isSchema } from './schemaArbitrary';

const NOW = Date.parse('2026-03-02T09:00:00.000Z');
const TODAY = '2026-03-02';

// Eager globs: vitest (vite) resolves them at transform time, so a new module's schemas join by themselves.
const modules = {
  ...import.meta.glob(['../../domain/**/*.ts', '!../../domain/**/*.test.ts'], { eager: true }),
  ...import.meta.glob(['../**/*.ts', '!../**/*.test.ts', '!../testServer.ts', '!./**'], { eager: true }),
} as Record<string, Record<string, unknown>>;

export interface NamedSchema {
  name: string;
  schema: v.GenericSchema;
}

/** Exported schemas, found by shape, named `module#export`; the same schema object counts once. */
function exportedSchemas(): NamedSchema[] {
  const seen = new Set<unknown>();
  const found: NamedSchema[] = [];
  for (const [path, exports] of Object.entries(modules)) {
    for (const [name, value] of Object.entries(exports)) {
      if (!isSchema(value) || seen.has(value)) continue;
      seen.add(value);
      found.push({ name: `${path.replace(/^(\.\.\/)+/, '')}#${name}`, schema: value as v.GenericSchema });
    }
  }
  return found;
}

/** Each schema once (a field rule may be an exported schema too), the first name kept. */
export function allValidators(): NamedSchema[] {
  const seen = new Set<unknown>();
  return [
    ...exportedSchemas(),
    ...SERVICES.map((service) => ({ name: `form:${service.id}`, schema: formSchema(service.steps, {}) as v.GenericSchema })),
    ...Object.entries(FIELD_RULES).map(([rule, schema]) => ({ name: `field-rule:${rule}`, schema: schema as v.GenericSchema })),
    { name: 'createProfileSchema', schema: createProfileSchema(TODAY) as v.GenericSchema },
    { name: 'appealInputSchema', schema: appealInputSchema(NOW) as v.GenericSchema },
    { name: 'callbackSchema', schema: callbackSchema(NOW) as v.GenericSchema },
    { name: 'createCardSchema', schema: createCardSchema(NOW) as v.GenericSchema },
    { name: 'createPatientFormSchema', schema: createPatientFormSchema(TODAY) as v.GenericSchema },
  ].filter(({ schema }) => !seen.has(schema) && seen.add(schema));
}

// Device settings kept in «okno» (key → value). Values are checked on read: a bad row means the default.
import * as v from 'valibot';
import { getDb } from '../database';

export async function readSetting<S extends v.GenericSchema>(key: string, schema: S, fallback: v.InferOutput<S>) {
  const row = await getDb().settings.get(key);
  const parsed = v.safeParse(schema, row?.value);
  return parsed.success ? parsed.output : fallback;
}

export async function writeSetting(key: string, value: unknown): Promise<void> {
  await getDb().settings.put({ key, value });
}

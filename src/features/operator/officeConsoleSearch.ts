// The office view's place in the address: which office and which day, so a reload keeps them.
import * as v from 'valibot';

const optional = <T extends v.GenericSchema>(schema: T) => v.fallback(v.optional(schema), undefined);

export const OfficeConsoleSearchSchema = v.object({
  office: optional(v.pipe(v.string(), v.maxLength(40))),
  date: optional(v.pipe(v.string(), v.isoDate())),
});
export type OfficeConsoleSearch = v.InferOutput<typeof OfficeConsoleSearchSchema>;

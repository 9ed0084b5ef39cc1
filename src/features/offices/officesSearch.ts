// «Клиентские службы» filters as URL search params, kept apart from the page so the route table pulls
// in no office data.
import * as v from 'valibot';

const opt = <S extends v.GenericSchema>(schema: S) => v.fallback(v.optional(schema), undefined);
const num = (min: number, max: number) =>
  v.pipe(v.union([v.number(), v.pipe(v.string(), v.regex(/^-?\d+(\.\d+)?$/), v.transform(Number))]), v.minValue(min), v.maxValue(max));

export const OfficesSearchSchema = v.object({
  /** Visit services, several at once. */
  services: opt(v.pipe(v.array(v.pipe(v.string(), v.maxLength(40))), v.maxLength(12))),
  city: opt(v.picklist(['moscow', 'yekaterinburg', 'vladivostok'])),
  q: opt(v.pipe(v.string(), v.maxLength(80))),
  radius: opt(num(0.5, 50)),
  lat: opt(num(-90, 90)),
  lon: opt(num(-180, 180)),
  open: opt(v.literal(true)),
  online: opt(v.literal(true)),
  /** The office whose card is open. */
  office: opt(v.pipe(v.string(), v.maxLength(40))),
});
export type OfficesSearch = v.InferOutput<typeof OfficesSearchSchema>;

export const BookSearchSchema = v.object({
  service: opt(v.pipe(v.string(), v.maxLength(40))),
  office: opt(v.pipe(v.string(), v.maxLength(40))),
  doctor: opt(v.pipe(v.string(), v.maxLength(40))),
  city: opt(v.picklist(['moscow', 'yekaterinburg', 'vladivostok'])),
  /** Moving an existing booking: its id. */
  change: opt(v.pipe(v.string(), v.maxLength(60))),
});
export type BookSearch = v.InferOutput<typeof BookSearchSchema>;

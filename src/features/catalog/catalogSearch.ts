// The catalog's address parameters, checked with valibot. Kept apart from the services themselves so
// the route table (in the first bundle) does not carry the whole catalog.
import * as v from 'valibot';
import { CATEGORIES, REQUEST_KINDS, TERMS } from '../../domain/catalog/kinds';

const optionalPick = <T extends readonly string[]>(options: T) => v.fallback(v.optional(v.picklist(options)), undefined);

export const CatalogSearchSchema = v.object({
  // No defaults here: an empty filter stays out of the address, so /catalog is just /catalog.
  q: v.fallback(v.optional(v.pipe(v.string(), v.maxLength(120))), undefined),
  category: optionalPick(CATEGORIES),
  kind: optionalPick(REQUEST_KINDS),
  term: optionalPick(TERMS),
  nodocs: v.fallback(v.optional(v.literal(true)), undefined),
});
export type CatalogQuery = v.InferOutput<typeof CatalogSearchSchema>;

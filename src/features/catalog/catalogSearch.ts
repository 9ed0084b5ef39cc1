// The catalog's address parameters (src/ui/searchParams.ts). Kept apart from the services themselves so
// the route table (in the first bundle) does not carry the whole catalog.
import { CATEGORIES, REQUEST_KINDS, TERMS } from '../../domain/catalog/kinds';
import { on, oneOf, searchParams, text } from '../../ui/searchParams';

export const CatalogSearchSchema = searchParams({
  // No defaults here: an empty filter stays out of the address, so /catalog is just /catalog.
  q: text(120),
  category: oneOf(CATEGORIES),
  kind: oneOf(REQUEST_KINDS),
  term: oneOf(TERMS),
  nodocs: on,
});
export type CatalogQuery = ReturnType<typeof CatalogSearchSchema>;

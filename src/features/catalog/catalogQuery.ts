// The catalog's query and filters live in the URL (checked with valibot), so a search can be
// bookmarked and shared; this applies them to the services.
import * as v from 'valibot';
import { CATEGORIES, REQUEST_KINDS, TERMS, type Service } from '../../domain/catalog/serviceSchema';
import { buildIndex, search, type SearchIndex } from '../../domain/catalog/search';
import { SERVICES } from '../../domain/catalog/services';

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

const indexes = new Map<'ru' | 'en', SearchIndex>();
function indexFor(lang: 'ru' | 'en'): SearchIndex {
  let index = indexes.get(lang);
  if (!index) indexes.set(lang, (index = buildIndex(SERVICES, lang)));
  return index;
}

const needsUpload = (service: Service) => service.documents.some((doc) => doc.required === 'yes');

export function findServices(query: CatalogQuery, lang: 'ru' | 'en'): Service[] {
  return search(indexFor(lang), query.q ?? '').filter(
    (service) =>
      (!query.category || service.category === query.category) &&
      (!query.kind || service.kind === query.kind) &&
      (!query.term || service.term === query.term) &&
      (!query.nodocs || !needsUpload(service)),
  );
}

export function findService(id: string): Service | undefined {
  return SERVICES.find((service) => service.id === id);
}

// Applies the catalog's query and filters (see catalogSearch.ts) to the services.
import type { Service } from '../../domain/catalog/serviceSchema';
import type { CatalogQuery } from './catalogSearch';
import { buildIndex, search, type SearchIndex } from '../../domain/catalog/search';
import { SERVICES } from '../../domain/catalog/services';

const indexes = new Map<'ru' | 'en', SearchIndex>();
function indexFor(lang: 'ru' | 'en'): SearchIndex {
  let index = indexes.get(lang);
  if (!index) indexes.set(lang, (index = buildIndex(SERVICES, lang)));
  return index;
}

const needsUpload = (service: Service) => service.documents.some((doc) => doc.required === 'yes');

export function findServices(query: CatalogQuery, lang: 'ru' | 'en'): Service[] {
  // No words, no index: building it (every service's texts normalised) is for the first search typed,
  // not for opening the catalog.
  const found = query.q?.trim() ? search(indexFor(lang), query.q) : SERVICES;
  return found.filter(
    (service) =>
      (!query.category || service.category === query.category) &&
      (!query.kind || service.kind === query.kind) &&
      (!query.term || service.term === query.term) &&
      (!query.nodocs || !needsUpload(service)),
  );
}

export type { CatalogQuery };

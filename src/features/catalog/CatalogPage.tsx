// «Каталог услуг»: instant search and filters, both kept in the address so a search can be shared.
import { useNavigate } from '@tanstack/solid-router';
import { Link } from '../../ui/Link';
import { createMemo, For, Show } from 'solid-js';
import { CATEGORIES, REQUEST_KINDS, TERMS } from '../../domain/catalog/serviceSchema';
import { fill, locale } from '../../i18n/i18n';
import { Page } from '../../ui/Page';
import { findServices, type CatalogQuery } from './catalogQuery';
import { ServiceCard } from './ServiceCard';
import { catalogTexts } from '../../i18n/lazy/catalog';

export default function CatalogPage(props: { query: CatalogQuery }) {
  const navigate = useNavigate();
  const results = createMemo(() => findServices(props.query, locale()));
  const update = (patch: Partial<CatalogQuery>) => void navigate({ to: '/catalog', search: { ...props.query, ...patch }, replace: true });
  const filtered = () => Boolean(props.query.category || props.query.kind || props.query.term || props.query.nodocs);

  return (
    <Page title={catalogTexts().catalog.title} lead={catalogTexts().catalog.lead}>
      <form role="search" onSubmit={(e) => e.preventDefault()}>
        <div class="field field-wide">
          <label for="catalog-q">{catalogTexts().catalog.searchLabel}</label>
          <span class="hint" id="catalog-q-hint">
            {catalogTexts().catalog.searchHint}
          </span>
          <input
            id="catalog-q"
            type="search"
            value={props.query.q ?? ''}
            aria-describedby="catalog-q-hint"
            aria-controls="catalog-results"
            onInput={(e) => update({ q: e.currentTarget.value || undefined })}
          />
        </div>
        <fieldset class="filters">
          <legend>{catalogTexts().catalog.filtersTitle}</legend>
          <div class="field">
            <label for="catalog-category">{catalogTexts().catalog.category}</label>
            <select
              id="catalog-category"
              value={props.query.category ?? ''}
              onChange={(e) => update({ category: (e.currentTarget.value || undefined) as CatalogQuery['category'] })}
            >
              <option value="">{catalogTexts().catalog.anyCategory}</option>
              <For each={CATEGORIES}>{(category) => <option value={category}>{catalogTexts().catalog.categories[category]}</option>}</For>
            </select>
          </div>
          <div class="field">
            <label for="catalog-kind">{catalogTexts().catalog.kind}</label>
            <select
              id="catalog-kind"
              value={props.query.kind ?? ''}
              onChange={(e) => update({ kind: (e.currentTarget.value || undefined) as CatalogQuery['kind'] })}
            >
              <option value="">{catalogTexts().catalog.any}</option>
              <For each={REQUEST_KINDS}>{(kind) => <option value={kind}>{catalogTexts().catalog.kinds[kind]}</option>}</For>
            </select>
          </div>
          <div class="field">
            <label for="catalog-term">{catalogTexts().catalog.term}</label>
            <select
              id="catalog-term"
              value={props.query.term ?? ''}
              onChange={(e) => update({ term: (e.currentTarget.value || undefined) as CatalogQuery['term'] })}
            >
              <option value="">{catalogTexts().catalog.any}</option>
              <For each={TERMS}>{(term) => <option value={term}>{catalogTexts().catalog.terms[term]}</option>}</For>
            </select>
          </div>
          <div class="check">
            <input
              id="catalog-nodocs"
              type="checkbox"
              checked={props.query.nodocs === true}
              onChange={(e) => update({ nodocs: e.currentTarget.checked || undefined })}
            />
            <label for="catalog-nodocs">{catalogTexts().catalog.noDocuments}</label>
          </div>
          <Show when={filtered()}>
            <button
              type="button"
              class="button secondary small"
              onClick={() => update({ category: undefined, kind: undefined, term: undefined, nodocs: undefined })}
            >
              {catalogTexts().catalog.reset}
            </button>
          </Show>
        </fieldset>
      </form>
      <p role="status" aria-live="polite" class="found">
        {results().length ? fill(catalogTexts().catalog.found, { n: results().length }) : catalogTexts().catalog.noResults}
      </p>
      <ul id="catalog-results" class="service-list">
        <For each={results()}>{(service) => <ServiceCard service={service} />}</For>
      </ul>
      <p>
        <Link to="/appeals/new" search={{ type: 'suggestion', topic: 'feedback' }}>
          {catalogTexts().catalog.notFoundLink}
        </Link>
      </p>
    </Page>
  );
}

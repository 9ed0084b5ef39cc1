// The filters of «Мои заявления». Every change goes straight to the URL; the number field waits for a
// pause in typing so the history is not flooded.
import { For } from 'solid-js';
import { APPLICATION_STATUSES } from '../../domain/application';
import { SERVICES } from '../../domain/catalog/services';
import { fill, locale } from '../../i18n/i18n';
import { CASE_SORTS, type CasesSearch } from './casesQuery';
import { catalogTexts } from '../../i18n/lazy/catalog';
import { casesTexts } from '../../i18n/lazy/cases';

const SORT_LABEL = { updated: 'sortUpdated', newest: 'sortNewest', oldest: 'sortOldest' } as const;

export function CasesFilters(props: { search: CasesSearch; found: number; onChange: (patch: Partial<CasesSearch>) => void; onReset: () => void }) {
  let typing: ReturnType<typeof setTimeout> | undefined;
  const value = (event: Event) => (event.currentTarget as HTMLInputElement | HTMLSelectElement).value || undefined;
  return (
    <section class="card filters" aria-labelledby="cases-filters-title">
      <h2 id="cases-filters-title">{casesTexts().cases.filtersTitle}</h2>
      <div class="filter-grid">
        <div class="field">
          <label for="cases-q">{casesTexts().cases.number}</label>
          <p class="hint" id="cases-q-hint">
            {casesTexts().cases.numberHint}
          </p>
          <input
            id="cases-q"
            type="search"
            aria-describedby="cases-q-hint"
            value={props.search.q ?? ''}
            onInput={(event) => {
              const q = value(event);
              clearTimeout(typing);
              typing = setTimeout(() => props.onChange({ q }), 250);
            }}
          />
        </div>
        <div class="field">
          <label for="cases-status">{casesTexts().cases.status}</label>
          <select id="cases-status" value={props.search.status ?? ''} onChange={(e) => props.onChange({ status: value(e) as CasesSearch['status'] })}>
            <option value="">{casesTexts().cases.anyStatus}</option>
            <For each={APPLICATION_STATUSES}>{(status) => <option value={status}>{catalogTexts().apply.statuses[status]}</option>}</For>
          </select>
        </div>
        <div class="field">
          <label for="cases-service">{casesTexts().cases.service}</label>
          <select id="cases-service" value={props.search.service ?? ''} onChange={(e) => props.onChange({ service: value(e) })}>
            <option value="">{casesTexts().cases.anyService}</option>
            <For each={SERVICES}>{(service) => <option value={service.id}>{service.title[locale()]}</option>}</For>
          </select>
        </div>
        <div class="field">
          <label for="cases-from">{casesTexts().cases.from}</label>
          <input id="cases-from" type="date" value={props.search.from ?? ''} onChange={(e) => props.onChange({ from: value(e) })} />
        </div>
        <div class="field">
          <label for="cases-to">{casesTexts().cases.to}</label>
          <input id="cases-to" type="date" value={props.search.to ?? ''} onChange={(e) => props.onChange({ to: value(e) })} />
        </div>
        <div class="field">
          <label for="cases-sort">{casesTexts().cases.sort}</label>
          <select id="cases-sort" value={props.search.sort ?? 'updated'} onChange={(e) => props.onChange({ sort: value(e) as CasesSearch['sort'] })}>
            <For each={CASE_SORTS}>{(sort) => <option value={sort}>{casesTexts().cases[SORT_LABEL[sort]]}</option>}</For>
          </select>
        </div>
      </div>
      <p class="meta" role="status">
        {fill(casesTexts().cases.found, { n: props.found })}
      </p>
      <button type="button" class="button secondary small" onClick={() => props.onReset()}>
        {casesTexts().cases.reset}
      </button>
    </section>
  );
}

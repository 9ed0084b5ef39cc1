// The filters of «Мои заявления». Every change goes straight to the URL; the number field waits for a
// pause in typing so the history is not flooded.
import { For } from 'solid-js';
import { APPLICATION_STATUSES } from '../../domain/application';
import { SERVICES } from '../../domain/catalog/services';
import { fill, locale, t } from '../../i18n/i18n';
import { CASE_SORTS, type CasesSearch } from './casesQuery';

const SORT_LABEL = { updated: 'sortUpdated', newest: 'sortNewest', oldest: 'sortOldest' } as const;

export function CasesFilters(props: { search: CasesSearch; found: number; onChange: (patch: Partial<CasesSearch>) => void; onReset: () => void }) {
  let typing: ReturnType<typeof setTimeout> | undefined;
  const value = (event: Event) => (event.currentTarget as HTMLInputElement | HTMLSelectElement).value || undefined;
  return (
    <section class="card filters" aria-labelledby="cases-filters-title">
      <h2 id="cases-filters-title">{t().cases.filtersTitle}</h2>
      <div class="filter-grid">
        <div class="field">
          <label for="cases-q">{t().cases.number}</label>
          <p class="hint" id="cases-q-hint">{t().cases.numberHint}</p>
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
          <label for="cases-status">{t().cases.status}</label>
          <select id="cases-status" value={props.search.status ?? ''} onChange={(e) => props.onChange({ status: value(e) as CasesSearch['status'] })}>
            <option value="">{t().cases.anyStatus}</option>
            <For each={APPLICATION_STATUSES}>{(status) => <option value={status}>{t().apply.statuses[status]}</option>}</For>
          </select>
        </div>
        <div class="field">
          <label for="cases-service">{t().cases.service}</label>
          <select id="cases-service" value={props.search.service ?? ''} onChange={(e) => props.onChange({ service: value(e) })}>
            <option value="">{t().cases.anyService}</option>
            <For each={SERVICES}>{(service) => <option value={service.id}>{service.title[locale()]}</option>}</For>
          </select>
        </div>
        <div class="field">
          <label for="cases-from">{t().cases.from}</label>
          <input id="cases-from" type="date" value={props.search.from ?? ''} onChange={(e) => props.onChange({ from: value(e) })} />
        </div>
        <div class="field">
          <label for="cases-to">{t().cases.to}</label>
          <input id="cases-to" type="date" value={props.search.to ?? ''} onChange={(e) => props.onChange({ to: value(e) })} />
        </div>
        <div class="field">
          <label for="cases-sort">{t().cases.sort}</label>
          <select id="cases-sort" value={props.search.sort ?? 'updated'} onChange={(e) => props.onChange({ sort: value(e) as CasesSearch['sort'] })}>
            <For each={CASE_SORTS}>{(sort) => <option value={sort}>{t().cases[SORT_LABEL[sort]]}</option>}</For>
          </select>
        </div>
      </div>
      <p class="meta" role="status">{fill(t().cases.found, { n: props.found })}</p>
      <button type="button" class="button secondary small" onClick={() => props.onReset()}>{t().cases.reset}</button>
    </section>
  );
}

// «Клиентские службы»: filters kept in the address, the offline plan and the list (its accessible
// alternative) side by side, and the card of the chosen office.
import { useNavigate } from '@tanstack/solid-router';
import { createEffect, createMemo, For, on, Show } from 'solid-js';
import { CITIES } from '../../domain/offices/cities';
import { VISIT_SERVICES } from '../../domain/offices/kinds';
import { officeById, OFFICES } from '../../domain/offices/offices';
import { isOpenAt } from '../../domain/offices/officeTime';
import { fill, locale } from '../../i18n/i18n';
import { Page } from '../../ui/Page';
import { OfficeCard } from './OfficeCard';
import { filterOffices, placeSuggestions, radiusPoint } from './officeFilter';
import { OfficeMap } from './OfficeMap';
import type { OfficesSearch } from './officesSearch';
import { addressText } from '../../ui/officeText';
import { createSimClock } from './simClock';
import { officesTexts } from '../../i18n/lazy/offices';

export default function OfficesPage(props: { search: OfficesSearch }) {
  const navigate = useNavigate();
  const now = createSimClock();
  const found = createMemo(() => filterOffices(OFFICES, props.search, now()));
  const update = (patch: Partial<OfficesSearch>) =>
    void navigate({ to: '/offices', search: (prev: OfficesSearch) => ({ ...prev, ...patch }), replace: true });
  const selected = () => (props.search.office ? officeById(props.search.office) : undefined);
  const mapCity = () => props.search.city ?? selected()?.city ?? 'moscow';
  const suggestions = () => placeSuggestions(OFFICES, props.search.q ?? '', locale());
  const toggleService = (id: string, on: boolean) => {
    const current = props.search.services ?? [];
    const next = on ? [...current, id] : current.filter((s) => s !== id);
    update({ services: next.length ? next : undefined });
  };
  // Focus moves to the card once the router has shown it (the search updates asynchronously).
  let focusCard = false;
  const focusCardTitle = () => document.getElementById('office-card-title')?.focus();
  createEffect(
    on(selected, (office) => {
      if (!office || !focusCard) return;
      focusCard = false;
      queueMicrotask(focusCardTitle);
    }),
  );
  const select = (id: string) => {
    if (props.search.office === id) return focusCardTitle();
    focusCard = true;
    update({ office: id });
  };
  return (
    <Page title={officesTexts().offices.title} lead={officesTexts().offices.lead}>
      <section class="card" aria-labelledby="office-filters">
        <h2 id="office-filters">{officesTexts().offices.filters.title}</h2>
        <fieldset>
          <legend>{officesTexts().offices.filters.services}</legend>
          <For each={VISIT_SERVICES}>
            {(service) => (
              <label class="choice">
                <input
                  type="checkbox"
                  checked={props.search.services?.includes(service.id) ?? false}
                  onChange={(e) => toggleService(service.id, e.currentTarget.checked)}
                />
                {service.title[locale()]}
              </label>
            )}
          </For>
        </fieldset>
        <div class="field">
          <label for="office-city">{officesTexts().offices.filters.city}</label>
          <select
            id="office-city"
            value={props.search.city ?? ''}
            onChange={(e) => update({ city: (e.currentTarget.value || undefined) as OfficesSearch['city'], lat: undefined, lon: undefined })}
          >
            <option value="">{officesTexts().offices.filters.anyCity}</option>
            <For each={CITIES}>{(city) => <option value={city.id}>{city.name[locale()]}</option>}</For>
          </select>
        </div>
        <div class="field">
          <label for="office-place">{officesTexts().offices.filters.place}</label>
          <input
            id="office-place"
            type="search"
            list="office-place-list"
            aria-describedby="office-place-hint"
            value={props.search.q ?? ''}
            onInput={(e) => update({ q: e.currentTarget.value || undefined })}
          />
          <datalist id="office-place-list">
            <For each={suggestions()}>{(s) => <option value={s} />}</For>
          </datalist>
          <p class="hint" id="office-place-hint">
            {officesTexts().offices.filters.placeHint}
          </p>
        </div>
        <div class="field">
          <label for="office-radius">{officesTexts().offices.filters.radius}</label>
          <input
            id="office-radius"
            type="number"
            min="0.5"
            max="50"
            step="0.5"
            inputmode="decimal"
            aria-describedby="office-radius-hint"
            value={props.search.radius ?? ''}
            onChange={(e) => update({ radius: e.currentTarget.value ? Number(e.currentTarget.value) : undefined })}
          />
          <p class="hint" id="office-radius-hint">
            {officesTexts().offices.filters.radiusHint}
          </p>
        </div>
        <label class="choice">
          <input type="checkbox" checked={props.search.open ?? false} onChange={(e) => update({ open: e.currentTarget.checked || undefined })} />
          {officesTexts().offices.filters.openNow}
        </label>
        <label class="choice">
          <input type="checkbox" checked={props.search.online ?? false} onChange={(e) => update({ online: e.currentTarget.checked || undefined })} />
          {officesTexts().offices.filters.online}
        </label>
        <div class="button-row">
          <button type="button" class="button secondary small" onClick={() => void navigate({ to: '/offices', search: {}, replace: true })}>
            {officesTexts().offices.filters.reset}
          </button>
        </div>
        <p role="status" aria-live="polite">
          {found().length ? fill(officesTexts().offices.filters.found, { count: found().length }) : officesTexts().offices.filters.none}
        </p>
      </section>
      <div class="offices-layout">
        <section aria-labelledby="office-map-title">
          <h2 id="office-map-title">{officesTexts().offices.map.title}</h2>
          <OfficeMap
            city={mapCity()}
            offices={found()}
            selected={props.search.office}
            point={props.search.radius !== undefined ? radiusPoint({ ...props.search, city: mapCity() }) : undefined}
            radiusKm={props.search.radius}
            onSelect={select}
            onPoint={(at) => update({ lat: Math.round(at.lat * 1e4) / 1e4, lon: Math.round(at.lon * 1e4) / 1e4, city: mapCity() })}
          />
        </section>
        <div>
          <Show when={selected()}>{(office) => <OfficeCard office={office()} now={now()} onClose={() => update({ office: undefined })} />}</Show>
          <section aria-labelledby="office-list-title">
            <h2 id="office-list-title">{officesTexts().offices.list.title}</h2>
            <ul class="office-list">
              <For each={found()}>
                {(office) => (
                  <li>
                    <button type="button" class="link-button" aria-pressed={props.search.office === office.id} onClick={() => select(office.id)}>
                      {office.name[locale()]}
                    </button>
                    <br />
                    <span>
                      {officesTexts().offices.kinds[office.kind]} · {addressText(office)} ·{' '}
                      {isOpenAt(office, now()) ? officesTexts().offices.list.open : officesTexts().offices.list.closed}
                    </span>
                  </li>
                )}
              </For>
            </ul>
          </section>
        </div>
      </div>
    </Page>
  );
}

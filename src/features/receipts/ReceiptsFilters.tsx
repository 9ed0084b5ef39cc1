// The filters of «Мои платежи». Every change goes straight to the URL; the amount fields wait for a
// pause in typing so the history and the list are not redone on every digit.
import { For } from 'solid-js';
import { SERVICES } from '../../domain/catalog/services';
import { PAYMENT_KINDS } from '../../domain/payments/kinds';
import { fill, locale } from '../../i18n/i18n';
import type { ReceiptsSearch } from './receiptsQuery';
import { receiptsTexts } from '../../i18n/lazy/receipts';

const TYPING_PAUSE_MS = 400;

export function ReceiptsFilters(props: {
  search: ReceiptsSearch;
  found: number;
  onChange: (patch: Partial<ReceiptsSearch>) => void;
  onReset: () => void;
}) {
  const typing: Partial<Record<'min' | 'max', ReturnType<typeof setTimeout>>> = {};
  const value = (event: Event) => (event.currentTarget as HTMLInputElement | HTMLSelectElement).value || undefined;
  const amount = (key: 'min' | 'max') => (event: Event) => {
    const text = value(event);
    const roubles = text && /^\d{1,9}$/.test(text) ? Number(text) : undefined;
    clearTimeout(typing[key]);
    typing[key] = setTimeout(() => props.onChange({ [key]: roubles }), TYPING_PAUSE_MS);
  };
  return (
    <section class="card filters" aria-labelledby="receipts-filters-title">
      <h2 id="receipts-filters-title">{receiptsTexts().receipts.filtersTitle}</h2>
      <div class="filter-grid">
        <div class="field">
          <label for="receipts-from">{receiptsTexts().receipts.from}</label>
          <input id="receipts-from" type="date" value={props.search.from ?? ''} onChange={(e) => props.onChange({ from: value(e) })} />
        </div>
        <div class="field">
          <label for="receipts-to">{receiptsTexts().receipts.to}</label>
          <input id="receipts-to" type="date" value={props.search.to ?? ''} onChange={(e) => props.onChange({ to: value(e) })} />
        </div>
        <div class="field">
          <label for="receipts-kind">{receiptsTexts().receipts.kind}</label>
          <select id="receipts-kind" value={props.search.kind ?? ''} onChange={(e) => props.onChange({ kind: value(e) as ReceiptsSearch['kind'] })}>
            <option value="">{receiptsTexts().receipts.anyKind}</option>
            <For each={PAYMENT_KINDS}>{(kind) => <option value={kind}>{receiptsTexts().receipts.kinds[kind]}</option>}</For>
          </select>
        </div>
        <div class="field">
          <label for="receipts-service">{receiptsTexts().receipts.service}</label>
          <select id="receipts-service" value={props.search.service ?? ''} onChange={(e) => props.onChange({ service: value(e) })}>
            <option value="">{receiptsTexts().receipts.anyService}</option>
            <For each={SERVICES}>{(service) => <option value={service.id}>{service.title[locale()]}</option>}</For>
          </select>
        </div>
        <div class="field">
          <label for="receipts-min">{receiptsTexts().receipts.min}</label>
          <input
            id="receipts-min"
            type="text"
            inputmode="numeric"
            aria-describedby="receipts-amount-hint"
            value={props.search.min ?? ''}
            onInput={amount('min')}
          />
        </div>
        <div class="field">
          <label for="receipts-max">{receiptsTexts().receipts.max}</label>
          <input
            id="receipts-max"
            type="text"
            inputmode="numeric"
            aria-describedby="receipts-amount-hint"
            value={props.search.max ?? ''}
            onInput={amount('max')}
          />
        </div>
      </div>
      <p class="hint" id="receipts-amount-hint">
        {receiptsTexts().receipts.amountHint}
      </p>
      <p class="meta">{fill(receiptsTexts().receipts.found, { n: props.found })}</p>
      <button type="button" class="button secondary small" onClick={() => props.onReset()}>
        {receiptsTexts().receipts.reset}
      </button>
    </section>
  );
}

// The queue's filters: status, service and a part of the number. Applied on «Показать» (or Enter), so
// moving through a select with the keyboard does not reload the queue at every step.
import { useNavigate } from '@tanstack/solid-router';
import { Link } from '../../ui/Link';
import { createSignal, For } from 'solid-js';
import { APPLICATION_STATUSES, type ApplicationStatus } from '../../domain/application';
import { SERVICES } from '../../domain/catalog/services';
import { locale } from '../../i18n/i18n';
import type { QueueFilter } from './operatorSearch';
import { operatorTexts } from '../../i18n/lazy/operator';
import { catalogTexts } from '../../i18n/lazy/catalog';

export function QueueFilters(props: { filter: QueueFilter }) {
  const navigate = useNavigate();
  const [status, setStatus] = createSignal<string>(props.filter.status ?? '');
  const [service, setService] = createSignal<string>(props.filter.service ?? '');
  const [q, setQ] = createSignal(props.filter.q ?? '');

  const apply = (event: SubmitEvent) => {
    event.preventDefault();
    const search = {
      status: (status() || undefined) as ApplicationStatus | undefined,
      service: service() || undefined,
      q: q().trim().slice(0, 40) || undefined,
    };
    void navigate({ to: '/operator', search, replace: true });
  };

  return (
    <form onSubmit={apply} novalidate>
      <fieldset class="filters">
        <legend>{operatorTexts().operator.filters}</legend>
        <div class="field">
          <label for="queue-status">{operatorTexts().operator.status}</label>
          <select id="queue-status" value={status()} onChange={(e) => setStatus(e.currentTarget.value)}>
            <option value="">{operatorTexts().operator.anyStatus}</option>
            <For each={APPLICATION_STATUSES}>{(value) => <option value={value}>{catalogTexts().apply.statuses[value]}</option>}</For>
          </select>
        </div>
        <div class="field">
          <label for="queue-service">{operatorTexts().operator.service}</label>
          <select id="queue-service" value={service()} onChange={(e) => setService(e.currentTarget.value)}>
            <option value="">{operatorTexts().operator.anyService}</option>
            <For each={SERVICES}>{(s) => <option value={s.id}>{s.title[locale()]}</option>}</For>
          </select>
        </div>
        <div class="field">
          <label for="queue-q">{operatorTexts().operator.number}</label>
          <span class="hint" id="queue-q-hint">
            {operatorTexts().operator.numberHint}
          </span>
          <input id="queue-q" type="search" maxLength={40} value={q()} onInput={(e) => setQ(e.currentTarget.value)} aria-describedby="queue-q-hint" />
        </div>
        <div class="button-row">
          <button type="submit" class="button">
            {operatorTexts().operator.show}
          </button>
          <Link to="/operator" search={{}} class="button secondary" onClick={() => (setStatus(''), setService(''), setQ(''))}>
            {operatorTexts().operator.resetFilters}
          </Link>
        </div>
      </fieldset>
    </form>
  );
}

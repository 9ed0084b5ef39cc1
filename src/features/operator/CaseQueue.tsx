// The queue: every citizen's cases, newest change first, filtered as the address says. Each number is a
// link to the case, so the queue is walked with Tab and opened with Enter; coming back focuses that link.
import { Link } from '../../ui/Link';
import { createEffect, createResource, For, on, onMount, Show } from 'solid-js';
import { lastPull } from '../../client/changeFeed';
import { SERVICES } from '../../domain/catalog/services';
import { fill, formatDateTime, locale } from '../../i18n/i18n';
import { settled } from '../../ui/settled';
import { listCases } from './operatorApi';
import type { OperatorSearch } from './operatorSearch';
import { operatorErrorText } from './operatorText';
import { QueueFilters } from './QueueFilters';
import { operatorTexts } from '../../i18n/lazy/operator';
import { catalogTexts } from '../../i18n/lazy/catalog';

let lastOpened: string | null = null;
/** The case the operator opened last: its link takes the focus when the queue comes back. */
export const rememberOpened = (id: string) => (lastOpened = id);

export const serviceTitle = (id: string) => SERVICES.find((s) => s.id === id)?.title[locale()] ?? id;

export function CaseQueue(props: { pin: string; search: OperatorSearch; focusOnMount: boolean; onFailure: (error: unknown) => void }) {
  const filter = () => ({ status: props.search.status, service: props.search.service, q: props.search.q });
  const [queue] = createResource(
    () => ({ pin: props.pin, ...filter(), pulled: lastPull() }),
    ({ pin, status, service, q }) => listCases(pin, { status, service, q }),
  );
  let heading: HTMLHeadingElement | undefined;
  onMount(() => {
    if (props.focusOnMount && !lastOpened) heading?.focus();
  });
  createEffect(
    on(
      () => queue.error,
      (error) => error && props.onFailure(error),
    ),
  );
  createEffect(
    on(
      () => settled(queue),
      (data) => {
        if (!data || !lastOpened) return;
        document.getElementById(`case-link-${lastOpened}`)?.focus();
        lastOpened = null;
      },
    ),
  );

  return (
    <section aria-labelledby="queue-title">
      <h2 id="queue-title" tabindex="-1" ref={heading}>
        {operatorTexts().operator.queueTitle}
      </h2>
      <QueueFilters filter={filter()} />
      <Show when={queue.error}>
        <p class="notice error" role="alert">
          {operatorErrorText(queue.error)}
        </p>
      </Show>
      <p role="status">
        <Show when={settled(queue)} fallback={queue.loading ? operatorTexts().operator.loading : ''}>
          {(data) =>
            data().total > data().cases.length
              ? fill(operatorTexts().operator.shownFirst, { total: data().total, shown: data().cases.length })
              : data().total === 0
                ? operatorTexts().operator.empty
                : fill(operatorTexts().operator.found, { n: data().total })
          }
        </Show>
      </p>
      <Show when={settled(queue)?.cases.length}>
        <div role="region" aria-label={operatorTexts().operator.queueTable} tabindex="0" class="table-scroll">
          <table class="table-wide">
            <caption class="visually-hidden">{operatorTexts().operator.queueTitle}</caption>
            <thead>
              <tr>
                <th scope="col">{operatorTexts().operator.colNumber}</th>
                <th scope="col">{operatorTexts().operator.colService}</th>
                <th scope="col">{operatorTexts().operator.colApplicant}</th>
                <th scope="col">{operatorTexts().operator.colStatus}</th>
                <th scope="col">{operatorTexts().operator.colSubmitted}</th>
              </tr>
            </thead>
            <tbody>
              <For each={settled(queue)?.cases}>
                {(item) => (
                  <tr>
                    <th scope="row">
                      <Link
                        id={`case-link-${item.id}`}
                        to="/operator"
                        search={{ ...filter(), case: item.id }}
                        onClick={() => rememberOpened(item.id)}
                      >
                        {item.number}
                      </Link>
                    </th>
                    <td>{serviceTitle(item.serviceId)}</td>
                    <td>{item.applicant}</td>
                    <td>
                      <span class={`pill status-${item.status}`}>{catalogTexts().apply.statuses[item.status]}</span>
                    </td>
                    <td>{formatDateTime(item.submittedAt)}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
      </Show>
    </section>
  );
}

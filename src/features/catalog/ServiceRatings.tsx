// «Оценки граждан» on a service's page: the mean to one decimal, the count and a bar per number of
// stars. The page is prerendered without them; they fill in after load into space reserved for the
// full block (CSS .service-ratings), so nothing below moves.
import { createSignal, For, Match, onMount, Switch } from 'solid-js';
import type { ServiceRatings as Stats } from '../../domain/answers/ratings';
import { fill, locale } from '../../i18n/i18n';
import { catalogTexts } from '../../i18n/lazy/catalog';
import { readServiceRatings } from './ratingsApi';

type Load = { state: 'loading' } | { state: 'done'; stats: Stats | null };

export function ServiceRatings(props: { serviceId: string }) {
  const [load, setLoad] = createSignal<Load>({ state: 'loading' });
  // onMount runs only in the browser: the build's server render keeps the reserved, loading block.
  onMount(() => void readServiceRatings(props.serviceId).then((stats) => setLoad({ state: 'done', stats })));
  const texts = () => catalogTexts().catalog.ratings;
  const stats = () => {
    const current = load();
    return current.state === 'done' ? current.stats : null;
  };
  const mean = (value: number) => value.toLocaleString(locale() === 'ru' ? 'ru-RU' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const share = (count: number, total: number) => (total ? Math.round((count / total) * 100) : 0);
  return (
    <section class="card service-ratings" aria-labelledby="service-ratings-title" aria-busy={load().state === 'loading'}>
      <h2 id="service-ratings-title">{texts().title}</h2>
      <Switch>
        <Match when={load().state === 'loading'}>
          <p class="meta">{texts().loading}</p>
        </Match>
        <Match when={!stats()}>
          <p class="meta">{texts().unavailable}</p>
        </Match>
        <Match when={stats()!.count === 0}>
          <p>{texts().none}</p>
        </Match>
        <Match when={stats()}>
          {(found) => (
            <>
              <p class="rating-summary">
                <strong>{fill(texts().mean, { mean: mean(found().mean ?? 0) })}</strong> · {fill(texts().count, { count: found().count })}
              </p>
              <ul class="rating-bars" aria-label={texts().bars}>
                <For each={[5, 4, 3, 2, 1]}>
                  {(stars) => {
                    const count = () => found().stars[stars - 1] ?? 0;
                    const percent = () => share(count(), found().count);
                    return (
                      <li>
                        <span class="rating-bar-label">{fill(texts().bar, { stars, count: count(), share: percent() })}</span>
                        <span class="rating-bar" aria-hidden="true">
                          <span style={{ width: `${percent()}%` }} />
                        </span>
                      </li>
                    );
                  }}
                </For>
              </ul>
            </>
          )}
        </Match>
      </Switch>
    </section>
  );
}

// The start page: what Okno does and the way into each section.
import { Link, type LinkTo } from '../../ui/Link';
import { For } from 'solid-js';
import { t } from '../../i18n/i18n';
import type { Dictionary } from '../../i18n/ru';
import { Page } from '../../ui/Page';

const TILES: { to: LinkTo; label: keyof Dictionary['nav'] }[] = [
  { to: '/catalog', label: 'catalog' },
  { to: '/applications', label: 'applications' },
  { to: '/payments', label: 'payments' },
  { to: '/appeals', label: 'appeals' },
  { to: '/offices', label: 'offices' },
];

export default function HomePage() {
  return (
    <Page title={t().home.title} lead={t().home.lead}>
      <section aria-labelledby="popular">
        <h2 id="popular">{t().home.popular}</h2>
        <ul class="grid plain-list" role="list">
          <For each={TILES}>
            {(tile) => (
              <li>
                <Link to={tile.to} class="tile">
                  {t().nav[tile.label]}
                </Link>
              </li>
            )}
          </For>
        </ul>
      </section>
      <div class="grid space-above-lg">
        <section class="card" aria-labelledby="offline">
          <h2 id="offline">{t().home.offlineTitle}</h2>
          <p>{t().home.offlineText}</p>
        </section>
        <section class="card" aria-labelledby="demo">
          <h2 id="demo">{t().home.demoTitle}</h2>
          <p>{t().home.demoText}</p>
          <Link to="/demo">{t().nav.demo}</Link>
        </section>
      </div>
      <p class="notice">{t().app.simulationNote}</p>
    </Page>
  );
}

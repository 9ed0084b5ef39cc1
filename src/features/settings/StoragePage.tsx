// «Хранилище»: whether the browser keeps Okno's data for good, how much space it uses, and what is stored.
import { createResource, createSignal, For, Show } from 'solid-js';
import { countRows } from '../../client/repos/deviceRepo';
import { readStorageState, requestPersistence } from '../../client/storage';
import { formatBytes, t } from '../../i18n/i18n';
import type { Dictionary } from '../../i18n/ru';
import { Page } from '../../ui/Page';
import { settled } from '../../ui/settled';

export default function StoragePage() {
  const [state, { refetch }] = createResource(readStorageState);
  const [counts] = createResource(countRows);
  const [refused, setRefused] = createSignal(false);
  const ask = async () => {
    setRefused(!(await requestPersistence()));
    await refetch();
  };
  const share = () => {
    const s = settled(state);
    return s?.usageBytes != null && s.quotaBytes ? Math.min(100, (s.usageBytes / s.quotaBytes) * 100) : 0;
  };
  return (
    <Page title={t().storage.title} lead={t().storage.lead}>
      <Show when={settled(state)} keyed>
        {(s) => (
          <section class="card" aria-live="polite">
            <Show when={s.supported} fallback={<p>{t().storage.unsupported}</p>}>
              <p class={s.persisted ? 'notice success' : 'notice'}>{s.persisted ? t().storage.persisted : t().storage.notPersisted}</p>
              <Show when={!s.persisted}>
                <button type="button" class="button" onClick={() => void ask()}>
                  {t().storage.requestPersist}
                </button>
                <Show when={refused()}>
                  <p class="notice error">{t().storage.persistRefused}</p>
                </Show>
              </Show>
              <dl>
                <dt>{t().storage.used}</dt>
                <dd>
                  {formatBytes(s.usageBytes ?? 0)} {t().storage.of} {formatBytes(s.quotaBytes ?? 0)}
                </dd>
                <dt>{t().storage.available}</dt>
                <dd>{formatBytes(Math.max(0, (s.quotaBytes ?? 0) - (s.usageBytes ?? 0)))}</dd>
              </dl>
              <div class="meter" role="img" aria-label={`${t().storage.used}: ${share().toFixed(1)}%`}>
                <span style={{ width: `${share()}%` }} />
              </div>
            </Show>
          </section>
        )}
      </Show>
      <section class="card" aria-labelledby="storage-tables">
        <h2 id="storage-tables">{t().storage.tables}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">{t().storage.table}</th>
              <th scope="col">{t().storage.rows}</th>
            </tr>
          </thead>
          <tbody>
            <For each={Object.entries(settled(counts) ?? {})}>
              {([table, rows]) => (
                <tr>
                  <td>{t().storageTables[table as keyof Dictionary['storageTables']] ?? table}</td>
                  <td>{rows}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </section>
    </Page>
  );
}

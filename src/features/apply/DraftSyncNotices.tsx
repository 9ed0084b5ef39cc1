// What the other tab did to this draft: answers taken over, and conflicts to settle one by one.
import { For, Show } from 'solid-js';
import { fill } from '../../i18n/i18n';
import type { createDraftSync } from './createDraftSync';
import { catalogTexts } from '../../i18n/lazy/catalog';

const shown = (value: unknown) =>
  value === true ? catalogTexts().apply.yes : value === undefined || value === '' || value === false ? '—' : String(value);

export function DraftSyncNotices(props: { sync: ReturnType<typeof createDraftSync>; labels: Record<string, string> }) {
  const label = (field: string) => props.labels[field] ?? field;
  return (
    <>
      <Show when={props.sync.updated().length}>
        <p class="notice" role="status">
          {fill(catalogTexts().apply.updatedElsewhere, { fields: props.sync.updated().map(label).join(', ') })}
        </p>
      </Show>
      <For each={props.sync.conflicts()}>
        {(conflict) => (
          <div class="notice error" role="alert">
            <p>{fill(catalogTexts().apply.conflict, { field: label(conflict.field), theirs: shown(conflict.theirs), mine: shown(conflict.mine) })}</p>
            <div class="button-row">
              <button type="button" class="button small" onClick={() => props.sync.takeTheirs(conflict)}>
                {fill(catalogTexts().apply.takeTheirs, { field: label(conflict.field) })}
              </button>
              <button type="button" class="button secondary small" onClick={() => props.sync.keepMine(conflict)}>
                {fill(catalogTexts().apply.keepMine, { field: label(conflict.field) })}
              </button>
            </div>
          </div>
        )}
      </For>
    </>
  );
}

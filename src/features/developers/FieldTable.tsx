// One table of fields (a request body, an answer, parameters): name, type, required — with a caption, so
// a screen reader announces which table it is.
import { For, Show } from 'solid-js';
import { developersTexts } from '../../i18n/lazy/developers';
import type { FieldRow } from './schemaFields';

export function FieldTable(props: { caption: string; rows: FieldRow[] }) {
  const texts = () => developersTexts().apiReference;
  return (
    <Show
      when={props.rows.length > 0}
      fallback={
        <p>
          <strong>{props.caption}.</strong> {texts().noFields}
        </p>
      }
    >
      <div class="table-scroll">
        <table class="table-wide api-fields">
          <caption>{props.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{texts().field}</th>
              <th scope="col">{texts().type}</th>
              <th scope="col">{texts().required}</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.rows}>
              {(row) => (
                <tr>
                  <th scope="row">
                    <code>{row.name}</code>
                  </th>
                  <td>{row.type}</td>
                  <td>{row.required ? texts().yes : texts().no}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </Show>
  );
}

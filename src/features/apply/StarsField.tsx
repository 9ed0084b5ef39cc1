// Five stars as one accessible radio group: native radios (arrow keys move, Space picks), each named in
// words («4 из 5 — хорошо»); the stars are drawn beside the name and hidden from screen readers.
import { For, Index, Show } from 'solid-js';
import { fieldId, type Form } from '../../ui/form/createForm';
import { fieldMessage } from '../../ui/form/fieldMessage';

export function StarsField(props: { form: Form; name: string; legend: string; names: readonly string[] }) {
  const id = () => fieldId(props.name);
  const error = () => props.form.errors()[props.name];
  return (
    <fieldset class="field stars" classList={{ 'has-error': Boolean(error()) }} aria-describedby={error() ? `${id()}-error` : undefined}>
      <legend>{props.legend}</legend>
      <Show when={error()}>
        <span class="error" id={`${id()}-error`}>
          {fieldMessage(error()!)}
        </span>
      </Show>
      <Index each={props.names}>
        {(name, index) => {
          const value = String(index + 1);
          const inputId = index === 0 ? id() : `${id()}-${value}`;
          return (
            <div class="check">
              <input
                type="radio"
                id={inputId}
                name={props.name}
                value={value}
                checked={props.form.values[props.name] === value}
                onChange={() => {
                  props.form.set(props.name, value);
                  props.form.blur(props.name);
                }}
              />
              <label for={inputId}>
                <span class="star-row" aria-hidden="true">
                  <For each={[1, 2, 3, 4, 5]}>{(n) => <span classList={{ lit: n <= index + 1 }}>★</span>}</For>
                </span>{' '}
                {name()}
              </label>
            </div>
          );
        }}
      </Index>
    </fieldset>
  );
}

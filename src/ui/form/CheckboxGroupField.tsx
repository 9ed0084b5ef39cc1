// Several checkboxes under one legend, bound to a form: each box is the value `name:option` (true when
// ticked); the schema's error for `name` is shown once, and the first box carries the field's id.
import { For, Show } from 'solid-js';
import { fieldId, type Form } from './createForm';
import { fieldMessage } from './fieldMessage';

export function CheckboxGroupField(props: { form: Form; name: string; legend: string; options: { value: string; label: string }[] }) {
  const id = () => fieldId(props.name);
  const error = () => props.form.errors()[props.name];
  const boxId = (index: number, value: string) => (index === 0 ? id() : `${id()}-${value}`);
  return (
    <fieldset class="field" classList={{ 'has-error': Boolean(error()) }} aria-describedby={error() ? `${id()}-error` : undefined}>
      <legend>{props.legend}</legend>
      <Show when={error()}>
        <span class="error" id={`${id()}-error`}>
          {fieldMessage(error()!)}
        </span>
      </Show>
      <For each={props.options}>
        {(option, index) => (
          <div class="check">
            <input
              type="checkbox"
              id={boxId(index(), option.value)}
              checked={props.form.values[`${props.name}:${option.value}`] === true}
              onChange={(e) => {
                props.form.set(`${props.name}:${option.value}`, e.currentTarget.checked);
                props.form.blur(props.name);
              }}
            />
            <label for={boxId(index(), option.value)}>{option.label}</label>
          </div>
        )}
      </For>
    </fieldset>
  );
}

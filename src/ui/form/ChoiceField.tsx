// Radio buttons in a fieldset, bound to a form; and a single checkbox.
import { For, Show } from 'solid-js';
import { fieldId, type Form } from './createForm';
import { FieldsetFrame } from './FieldFrame';
import { fieldMessage } from './fieldMessage';

export function RadioField(props: { form: Form; name: string; legend: string; hint?: string; options: { value: string; label: string }[] }) {
  const id = () => fieldId(props.name);
  return (
    <FieldsetFrame form={props.form} name={props.name} legend={props.legend} hint={props.hint}>
      <For each={props.options}>
        {(option, index) => (
          <div class="check">
            <input
              type="radio"
              id={index() === 0 ? id() : `${id()}-${option.value}`}
              name={props.name}
              value={option.value}
              checked={props.form.values[props.name] === option.value}
              onChange={() => {
                props.form.set(props.name, option.value);
                props.form.blur(props.name);
              }}
            />
            <label for={index() === 0 ? id() : `${id()}-${option.value}`}>{option.label}</label>
          </div>
        )}
      </For>
    </FieldsetFrame>
  );
}

export function CheckboxField(props: { form: Form; name: string; label: string }) {
  const id = () => fieldId(props.name);
  const error = () => props.form.errors()[props.name];
  return (
    <div class="field" classList={{ 'has-error': Boolean(error()) }}>
      <Show when={error()}>
        <span class="error" id={`${id()}-error`}>
          {fieldMessage(error()!)}
        </span>
      </Show>
      <div class="check">
        <input
          type="checkbox"
          id={id()}
          checked={props.form.values[props.name] === true}
          aria-invalid={Boolean(error())}
          aria-describedby={error() ? `${id()}-error` : undefined}
          onChange={(e) => {
            props.form.set(props.name, e.currentTarget.checked);
            props.form.blur(props.name);
          }}
        />
        <label for={id()}>{props.label}</label>
      </div>
    </div>
  );
}

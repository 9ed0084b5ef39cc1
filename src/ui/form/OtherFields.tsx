// A select and a textarea bound to a form, with the same label, hint and error wiring as TextField.
import { For, Show } from 'solid-js';
import { fieldId, type Form } from './createForm';
import { fieldMessage } from './fieldMessage';
import { afterPointerRelease } from './pointerGuard';

interface Props {
  form: Form;
  name: string;
  label: string;
  hint?: string;
}

function described(props: Props, error: string | undefined): string | undefined {
  const id = fieldId(props.name);
  return [props.hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
}

function Frame(props: Props & { children: unknown }) {
  const id = () => fieldId(props.name);
  const error = () => props.form.errors()[props.name];
  return (
    <div class="field" classList={{ 'has-error': Boolean(error()) }}>
      <label for={id()}>{props.label}</label>
      <Show when={props.hint}>
        <span class="hint" id={`${id()}-hint`}>{props.hint}</span>
      </Show>
      <Show when={error()}>
        <span class="error" id={`${id()}-error`}>{fieldMessage(error()!)}</span>
      </Show>
      {props.children as never}
    </div>
  );
}

export function SelectField(props: Props & { options: { value: string; label: string }[]; placeholder: string }) {
  const error = () => props.form.errors()[props.name];
  return (
    <Frame {...props}>
      <select
        id={fieldId(props.name)}
        value={String(props.form.values[props.name] ?? '')}
        aria-invalid={Boolean(error())}
        aria-describedby={described(props, error())}
        onChange={(e) => {
          props.form.set(props.name, e.currentTarget.value);
          props.form.blur(props.name);
        }}
      >
        <option value="">{props.placeholder}</option>
        <For each={props.options}>{(option) => <option value={option.value}>{option.label}</option>}</For>
      </select>
    </Frame>
  );
}

export function TextAreaField(props: Props & { maxLength?: number }) {
  const error = () => props.form.errors()[props.name];
  return (
    <Frame {...props}>
      <textarea
        id={fieldId(props.name)}
        rows={6}
        maxLength={props.maxLength}
        value={String(props.form.values[props.name] ?? '')}
        aria-invalid={Boolean(error())}
        aria-describedby={described(props, error())}
        onInput={(e) => props.form.set(props.name, e.currentTarget.value)}
        onBlur={() => afterPointerRelease(() => props.form.blur(props.name))}
      />
    </Frame>
  );
}

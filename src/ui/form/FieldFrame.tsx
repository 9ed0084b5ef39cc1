// The frame every form control sits in: label, hint and error, with the ids the control refers to.
import { Show, type JSX } from 'solid-js';
import { fieldId, type Form } from './createForm';
import { fieldMessage } from './fieldMessage';

export interface FrameProps {
  form: Form;
  name: string;
  label: string;
  hint?: string;
}

/** The aria-describedby value for a control: its hint and its error, when shown. */
export function describedBy(props: FrameProps): string | undefined {
  const id = fieldId(props.name);
  const error = props.form.errors()[props.name];
  return [props.hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
}

export function FieldFrame(props: FrameProps & { short?: boolean; children: JSX.Element }) {
  const id = () => fieldId(props.name);
  const error = () => props.form.errors()[props.name];
  return (
    <div class="field" classList={{ 'field-short': props.short === true, 'has-error': Boolean(error()) }}>
      <label for={id()}>{props.label}</label>
      <Show when={props.hint}>
        <span class="hint" id={`${id()}-hint`}>
          {props.hint}
        </span>
      </Show>
      <Show when={error()}>
        <span class="error" id={`${id()}-error`}>
          {fieldMessage(error()!)}
        </span>
      </Show>
      {props.children}
    </div>
  );
}

/** The same for a group of controls: a fieldset whose legend names it, with the hint and the error. */
export function FieldsetFrame(props: { form: Form; name: string; legend: string; hint?: string; class?: string; children: JSX.Element }) {
  const id = () => fieldId(props.name);
  const error = () => props.form.errors()[props.name];
  return (
    <fieldset
      class={props.class ? `field ${props.class}` : 'field'}
      classList={{ 'has-error': Boolean(error()) }}
      aria-describedby={describedBy({ form: props.form, name: props.name, label: props.legend, hint: props.hint })}
    >
      <legend>{props.legend}</legend>
      <Show when={props.hint}>
        <span class="hint" id={`${id()}-hint`}>
          {props.hint}
        </span>
      </Show>
      <Show when={error()}>
        <span class="error" id={`${id()}-error`}>
          {fieldMessage(error()!)}
        </span>
      </Show>
      {props.children}
    </fieldset>
  );
}

// A labelled text input bound to a form: hint and error are linked to it for screen readers.
import { Show, type JSX } from 'solid-js';
import { fieldId, type Form } from './createForm';
import { fieldMessage } from './fieldMessage';
import { afterPointerRelease } from './pointerGuard';

export function TextField(props: {
  form: Form;
  name: string;
  label: string;
  hint?: string;
  type?: 'text' | 'email' | 'tel' | 'password' | 'date';
  autocomplete?: string;
  inputmode?: JSX.HTMLAttributes<HTMLInputElement>['inputmode'];
  maxLength?: number;
  width?: 'short' | 'full';
  onInput?: (value: string) => void;
  onBlur?: () => void;
}) {
  const id = () => fieldId(props.name);
  const error = () => props.form.errors()[props.name];
  const describedBy = () => [props.hint && `${id()}-hint`, error() && `${id()}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div class="field" classList={{ 'field-short': props.width === 'short', 'has-error': Boolean(error()) }}>
      <label for={id()}>{props.label}</label>
      <Show when={props.hint}>
        <span class="hint" id={`${id()}-hint`}>{props.hint}</span>
      </Show>
      <Show when={error()}>
        <span class="error" id={`${id()}-error`}>{fieldMessage(error()!)}</span>
      </Show>
      <input
        id={id()}
        name={props.name}
        type={props.type ?? 'text'}
        autocomplete={props.autocomplete}
        inputmode={props.inputmode}
        maxLength={props.maxLength}
        value={String(props.form.values[props.name] ?? '')}
        aria-invalid={Boolean(error())}
        aria-describedby={describedBy()}
        onInput={(e) => {
          props.form.set(props.name, e.currentTarget.value);
          props.onInput?.(e.currentTarget.value);
        }}
        onBlur={(e) => {
          // Leaving for this form's submit button: the submit checks everything anyway.
          const next = e.relatedTarget as HTMLElement | null;
          if (!(next instanceof HTMLButtonElement && next.type === 'submit' && next.form === e.currentTarget.form)) {
            // Showing the error moves what is below; a click in progress must land first.
            afterPointerRelease(() => props.form.blur(props.name));
          }
          props.onBlur?.();
        }}
      />
    </div>
  );
}

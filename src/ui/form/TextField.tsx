// A labelled text input bound to a form: hint and error are linked to it for screen readers.
import type { JSX } from 'solid-js';
import { fieldId, type Form } from './createForm';
import { describedBy, FieldFrame } from './FieldFrame';
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
  return (
    <FieldFrame form={props.form} name={props.name} label={props.label} hint={props.hint} short={props.width === 'short'}>
      <input
        id={id()}
        name={props.name}
        type={props.type ?? 'text'}
        autocomplete={props.autocomplete}
        inputmode={props.inputmode}
        maxLength={props.maxLength}
        value={String(props.form.values[props.name] ?? '')}
        aria-invalid={Boolean(error())}
        aria-describedby={describedBy(props)}
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
    </FieldFrame>
  );
}

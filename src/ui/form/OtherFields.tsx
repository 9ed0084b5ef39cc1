// A select and a textarea bound to a form, with the same label, hint and error wiring as TextField.
import { For } from 'solid-js';
import { fieldId } from './createForm';
import { describedBy, FieldFrame, type FrameProps } from './FieldFrame';
import { afterPointerRelease } from './pointerGuard';

type Props = FrameProps;

export function SelectField(props: Props & { options: { value: string; label: string }[]; placeholder: string }) {
  const error = () => props.form.errors()[props.name];
  return (
    <FieldFrame {...props}>
      <select
        id={fieldId(props.name)}
        value={String(props.form.values[props.name] ?? '')}
        aria-invalid={Boolean(error())}
        aria-describedby={describedBy(props)}
        onChange={(e) => {
          props.form.set(props.name, e.currentTarget.value);
          props.form.blur(props.name);
        }}
      >
        <option value="">{props.placeholder}</option>
        <For each={props.options}>{(option) => <option value={option.value}>{option.label}</option>}</For>
      </select>
    </FieldFrame>
  );
}

export function TextAreaField(props: Props & { maxLength?: number; rows?: number }) {
  const error = () => props.form.errors()[props.name];
  return (
    <FieldFrame {...props}>
      <textarea
        id={fieldId(props.name)}
        rows={props.rows ?? 6}
        maxLength={props.maxLength}
        value={String(props.form.values[props.name] ?? '')}
        aria-invalid={Boolean(error())}
        aria-describedby={describedBy(props)}
        onInput={(e) => props.form.set(props.name, e.currentTarget.value)}
        onBlur={() => afterPointerRelease(() => props.form.blur(props.name))}
      />
    </FieldFrame>
  );
}

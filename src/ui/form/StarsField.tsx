// A 1–5 rating bound to a form: five radio buttons in a row inside a fieldset, each showing its digit
// and named «4 из 5» for screen readers, with the hint and the error wired like every other field.
import { For, Show } from 'solid-js';
import { STARS } from '../../domain/rating';
import { fill, t } from '../../i18n/i18n';
import { fieldId, type Form } from './createForm';
import { fieldMessage } from './fieldMessage';

export function StarsField(props: { form: Form; name: string; legend: string; hint?: string }) {
  const id = () => fieldId(props.name);
  const error = () => props.form.errors()[props.name];
  const describedBy = () => [props.hint && `${id()}-hint`, error() && `${id()}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset class="field stars" classList={{ 'has-error': Boolean(error()) }} aria-describedby={describedBy()}>
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
      <div class="rating-options">
        <For each={STARS}>
          {(n) => (
            <label class="rating-option">
              <input
                type="radio"
                // The first option carries the field's id: the error summary's link focuses it.
                id={n === 1 ? id() : `${id()}-${n}`}
                name={props.name}
                value={n}
                checked={props.form.values[props.name] === String(n)}
                onChange={() => {
                  props.form.set(props.name, String(n));
                  props.form.blur(props.name);
                }}
              />
              <span aria-hidden="true">{n}</span>
              <span class="visually-hidden">{fill(t().units.outOfFive, { n })}</span>
            </label>
          )}
        </For>
      </div>
    </fieldset>
  );
}

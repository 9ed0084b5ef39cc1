// A 1–5 rating bound to a form: five radio buttons in a row inside a fieldset, each showing its digit
// and named «4 из 5» for screen readers, with the hint and the error wired like every other field.
import { For } from 'solid-js';
import { STARS } from '../../domain/rating';
import { fill, t } from '../../i18n/i18n';
import { fieldId, type Form } from './createForm';
import { FieldsetFrame } from './FieldFrame';

export function StarsField(props: { form: Form; name: string; legend: string; hint?: string }) {
  const id = () => fieldId(props.name);
  return (
    <FieldsetFrame form={props.form} name={props.name} legend={props.legend} hint={props.hint} class="stars">
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
    </FieldsetFrame>
  );
}
